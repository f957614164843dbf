package org.chenggeng.inspection;

import org.chenggeng.shared.DateBounds;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;

import java.time.LocalDate;

/** The date every record of this module is checked against: given, within the plausible years, and not in the future. */
final class RecordDates {

    private RecordDates() {
    }

    /** Refuses a missing date with {@code requiredKey}, and one out of range or after {@code today}. */
    static LocalDate check(LocalDate date, String requiredKey, String fieldKey, LocalDate today) {
        if (date == null) {
            throw new DomainException(requiredKey);
        }
        if (!DateBounds.isSane(date)) {
            throw new DomainException("date.error.outOfRange", MessageKey.of(fieldKey), date.toString(),
                    DateBounds.MIN.toString(), DateBounds.MAX.toString());
        }
        if (date.isAfter(today)) {
            throw new DomainException("error.dateInFuture");
        }
        return date;
    }
}
