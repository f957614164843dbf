package org.chenggeng.consultation;

/**
 * Where feedback sent from the public portal stands with the committee (decision 0024): waiting (PENDING), taken into
 * the feedback queue (ACCEPTED), or rejected as spam with a reason (REJECTED, kept). Feedback the committee records
 * itself has none.
 */
public enum FeedbackModeration {
    PENDING, ACCEPTED, REJECTED;

    public String labelKey() {
        return "feedback.moderation." + name();
    }
}
