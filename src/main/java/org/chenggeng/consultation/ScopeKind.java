package org.chenggeng.consultation;

/** Which households of the round's compound a round asks: all of them, some buildings, or one stairwell. */
public enum ScopeKind {
    COMPOUND, BUILDINGS, STAIRWELL;

    public String labelKey() {
        return "round.scope." + name();
    }
}
