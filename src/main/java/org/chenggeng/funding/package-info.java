/**
 * Money: the funding sources the administrator keeps (中央补助资金, 省级补助 …), each project's planned investment
 * by source, and the investment completed (完成投资), an append-only monthly ledger per project and source with
 * corrections and the month locks of {@code work.PeriodLockService}. Every change is announced inside its transaction
 * as {@link org.chenggeng.funding.InvestmentChanged} with the sources' figures before and after, which the summary
 * module sums. See decision 0019.
 */
package org.chenggeng.funding;
