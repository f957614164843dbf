package org.chenggeng.work;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;

import java.math.BigDecimal;

/** The shape a quantity must have in its unit: whole numbers for count units, at most two decimals otherwise. */
final class Quantities {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");
    /** The largest total an item's ledger can hold (its column is DECIMAL(16,2)). */
    static final BigDecimal MAX_TOTAL = new BigDecimal("99999999999999.99");

    private Quantities() {
    }

    /** A quantity that was done: more than zero, in the unit's precision. */
    static BigDecimal positive(BigDecimal quantity, Unit unit) {
        if (quantity == null || quantity.signum() <= 0) {
            throw new DomainException("progress.error.quantityPositive");
        }
        return shaped(quantity, unit);
    }

    /** A quantity that may be zero (a planned or corrected amount), in the unit's precision. */
    static BigDecimal notNegative(BigDecimal quantity, Unit unit) {
        if (quantity == null || quantity.signum() < 0) {
            throw new DomainException("progress.error.quantityNotNegative");
        }
        return shaped(quantity, unit);
    }

    /** Refuses a total the item's ledger cannot hold; checked before anything is written. */
    static BigDecimal total(BigDecimal total) {
        if (total.compareTo(MAX_TOTAL) > 0) {
            throw new DomainException("progress.error.totalTooLarge", MAX_TOTAL.toPlainString());
        }
        return total;
    }

    private static BigDecimal shaped(BigDecimal quantity, Unit unit) {
        BigDecimal q = quantity.stripTrailingZeros();
        if (unit.isCount() && q.scale() > 0) {
            throw new DomainException("progress.error.wholeNumber", MessageKey.of(unit.labelKey()));
        }
        if (q.scale() > 2) {
            throw new DomainException("progress.error.twoDecimals");
        }
        if (q.compareTo(MAX) > 0) {
            throw new DomainException("progress.error.tooLarge");
        }
        return quantity.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
