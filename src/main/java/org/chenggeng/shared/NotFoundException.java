package org.chenggeng.shared;

/** The record does not exist, or the user's scope does not reach it; both look the same from outside. */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.notFound");
    }
}
