package org.chenggeng.consultation;

/**
 * A household's answer in a round. Agree, disagree and abstain count as taking part; "not reached" records a
 * visit that found nobody and does not. In a satisfaction round agree reads as satisfied.
 */
public enum Answer {
    AGREE, DISAGREE, ABSTAIN, NOT_REACHED;

    public boolean participates() {
        return this != NOT_REACHED;
    }

    public String labelKey(RoundKind kind) {
        return (kind == RoundKind.SATISFACTION ? "answer.satisfaction." : "answer.") + name();
    }
}
