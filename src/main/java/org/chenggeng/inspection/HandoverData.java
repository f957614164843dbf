package org.chenggeng.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a hand-over records: who receives the compound (and as what), when, how its maintenance is paid for, and the
 * warranty of each work type, in months.
 */
public record HandoverData(ReceivingKind kind, String receivingBody, LocalDate date, String fundArrangement,
                           BigDecimal fundAmount, Map<Long, Integer> warrantyMonths) {

    public HandoverData {
        warrantyMonths = warrantyMonths == null ? Map.of() : Map.copyOf(warrantyMonths);
    }
}
