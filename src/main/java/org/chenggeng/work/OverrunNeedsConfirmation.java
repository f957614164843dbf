package org.chenggeng.work;

import org.chenggeng.shared.ConfirmationNeeded;

import java.math.BigDecimal;

/**
 * The entry would take the item past its planned quantity. Allowed, but only when the user confirms it;
 * the screen asks and sends the entry again with the confirmation.
 */
public class OverrunNeedsConfirmation extends ConfirmationNeeded {

    public OverrunNeedsConfirmation(BigDecimal planned, BigDecimal wouldBe) {
        super("progress.confirm.overPlan", planned.stripTrailingZeros().toPlainString(),
                wouldBe.stripTrailingZeros().toPlainString());
    }
}
