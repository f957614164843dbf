/**
 * Public notices (公示, decision record 0025): what an official of the project's region publishes for residents, the
 * plan (方案公示), the consent result (意见征询结果公示), the acceptance result (验收结果公示) or another matter, with its
 * text, attachments and period; the residents' objections received during the period, each a feedback of the
 * consultation module's queue linked to the notice; and, where configured, the 立项 gate that waits for the plan's
 * and the consent result's periods to end. Public read methods serve the residents' portal. The module depends on
 * {@code project}, {@code consultation} and {@code evidence} and implements their extension points.
 */
package org.chenggeng.notice;
