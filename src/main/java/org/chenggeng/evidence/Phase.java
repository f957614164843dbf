package org.chenggeng.evidence;

/** When a site photo was taken relative to the work: 施工前, 施工中, 施工后. */
public enum Phase {
    BEFORE, DURING, AFTER;

    public String messageKey() {
        return "evidence.phase." + name();
    }
}
