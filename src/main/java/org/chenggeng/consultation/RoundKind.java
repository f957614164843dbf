package org.chenggeng.consultation;

/** What a consultation round asks: what to change, how, whether, and afterwards how well it was done. */
public enum RoundKind {
    NEEDS, PLAN, CONSENT, SATISFACTION;

    public String labelKey() {
        return "round.kind." + name();
    }
}
