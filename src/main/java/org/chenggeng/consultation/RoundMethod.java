package org.chenggeng.consultation;

/** How the answers of a round are gathered. */
public enum RoundMethod {
    DOOR_TO_DOOR, MEETING, QUESTIONNAIRE, ONLINE;

    public String labelKey() {
        return "round.method." + name();
    }
}
