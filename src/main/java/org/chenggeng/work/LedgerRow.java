package org.chenggeng.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One progress entry as the raw ledger of a report lists it: what was done, on which item, and which staff account
 * logged it. Holds no household data.
 */
public record LedgerRow(Long entryId, Long projectId, Long itemId, Long workTypeId, LocalDate workDate,
                        BigDecimal quantity, String note, Long correctsId, String reason, String recordedBy,
                        Instant recordedAt) {
}
