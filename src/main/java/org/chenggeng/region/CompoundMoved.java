package org.chenggeng.region;

/** A compound was moved to another community; published inside the moving transaction. */
public record CompoundMoved(long compoundId) {
}
