package org.chenggeng.consultation;

/** How a resident's feedback reached the committee. */
public enum FeedbackChannel {
    DOOR_TO_DOOR, MEETING, QUESTIONNAIRE, PHONE, ONLINE, LETTER;

    public String labelKey() {
        return "feedback.channel." + name();
    }
}
