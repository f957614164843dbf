package org.chenggeng.shared;

/**
 * A rule allows the operation only once the user confirms it (passing a plan, for instance). The UI asks and
 * sends the operation again with the confirmation; the JSON API answers 409 and the client resends it confirmed.
 */
public class ConfirmationNeeded extends DomainException {

    public ConfirmationNeeded(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
