package org.chenggeng.shared;

/** Someone else saved the record after it was loaded here; the user must reload and try again. */
public class StaleDataException extends DomainException {

    public StaleDataException() {
        super("error.stale");
    }
}
