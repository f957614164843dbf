package org.chenggeng.work;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * A work item as summaries see it: its project and type, plan, budget, completed quantity, whether it still counts
 * (retired items do not), and its ledger summed per month index ({@link MonthIndex}).
 */
public record ItemState(long itemId, long projectId, long typeId, BigDecimal planned, BigDecimal budget,
                        BigDecimal completed, boolean active, SortedMap<Integer, BigDecimal> months) {
}
