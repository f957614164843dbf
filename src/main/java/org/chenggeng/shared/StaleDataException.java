package org.chenggeng.shared;

/** Someone else saved the record after it was loaded here; the user must reload and try again. */
public class StaleDataException extends DomainException {

    public StaleDataException() {
        super("error.stale");
    }

    /** The same, in words that say which record and what happened to it. */
    public StaleDataException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
