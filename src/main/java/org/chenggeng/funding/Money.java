package org.chenggeng.funding;

import org.chenggeng.shared.DomainException;

import java.math.BigDecimal;

/** The shape every amount of money takes here: yuan with at most two decimals, below a trillion. */
final class Money {

    /** 10¹² yuan: larger than any renewal budget, and within decimal(16,2). */
    static final BigDecimal MAX = new BigDecimal("1000000000000");

    private Money() {
    }

    /** The amount, refused when absent, with more than two decimals, too large, or (unless allowed) negative. */
    static BigDecimal checked(BigDecimal amount, boolean negativeAllowed) {
        if (amount == null) {
            throw new DomainException("funding.error.amountRequired");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainException("funding.error.amountScale");
        }
        if (amount.abs().compareTo(MAX) >= 0 || !negativeAllowed && amount.signum() < 0) {
            throw new DomainException("funding.error.amountRange");
        }
        return amount.setScale(2);
    }
}
