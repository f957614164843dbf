/** The project's 资金 page (funding plan, investment entry on a phone, the ledger) and the administrator's list of sources. */
package org.chenggeng.funding.ui;
