package org.chenggeng.statistics;

/** A submission waits for the level above (SUBMITTED), which accepts it or returns it with a reason. */
public enum SubmissionStatus {
    SUBMITTED, ACCEPTED, RETURNED;

    public String labelKey() {
        return "statistics.status." + name();
    }
}
