package org.chenggeng.consultation;

import java.util.EnumSet;
import java.util.Set;

/** Where a resident's feedback stands: received, under review, decided (adopted or not), resolved with an answer. */
public enum FeedbackStatus {
    RECEIVED, UNDER_REVIEW, ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, RESOLVED;

    public static final Set<FeedbackStatus> DECIDED = EnumSet.of(ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED);

    public boolean adopted() {
        return this == ADOPTED || this == PARTLY_ADOPTED;
    }

    public String labelKey() {
        return "feedback.status." + name();
    }
}
