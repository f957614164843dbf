package org.chenggeng.work.api;

import java.math.BigDecimal;

/** The entry just logged, and the item's totals after it. */
record ProgressCreated(Long entryId, Long workItemId, BigDecimal completed, BigDecimal planned, boolean overPlan) {
}
