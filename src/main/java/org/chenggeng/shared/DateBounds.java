package org.chenggeng.shared;

import java.time.LocalDate;

/**
 * The dates the application accepts anywhere a user or client gives one: from the founding of the People's Republic
 * to the end of the century. Outside them a date is a typing slip or an attack ({@code -999999999-01-01} overflows
 * the month index of the summary tables), never a day work was done or a report covers.
 */
public final class DateBounds {

    public static final LocalDate MIN = LocalDate.of(1949, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

    private DateBounds() {
    }

    /** Whether the date lies within {@link #MIN} … {@link #MAX}, both included; {@code null} (no date) does. */
    public static boolean isSane(LocalDate date) {
        return date == null || !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /**
     * Refuses a date outside {@link #MIN} … {@link #MAX} with {@code date.error.outOfRange}, naming the field as the
     * caller gives it (a parameter name in the API, a message key on screen). {@code null} passes.
     */
    public static LocalDate requireSane(LocalDate date, String field) {
        if (!isSane(date)) {
            throw new OutOfRange(field, date);
        }
        return date;
    }

    /** A date outside the bounds: a malformed request rather than a refused operation (400 in the API). */
    public static final class OutOfRange extends DomainException {

        OutOfRange(String field, LocalDate date) {
            super("date.error.outOfRange", field, String.valueOf(date), MIN.toString(), MAX.toString());
        }
    }
}
