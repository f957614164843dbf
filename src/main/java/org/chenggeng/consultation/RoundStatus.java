package org.chenggeng.consultation;

/** A round takes answers while open; once closed it is read-only. */
public enum RoundStatus {
    OPEN, CLOSED;

    public String labelKey() {
        return "round.status." + name();
    }
}
