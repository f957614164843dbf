package org.chenggeng.inspection;

/** A household's acceptance at its door: 验收通过, 有缺陷 (each defect becomes an issue), 拒绝验收. */
public enum DoorResult {
    ACCEPTED, DEFECTS, REFUSED;

    public String labelKey() {
        return "household.acceptance." + name();
    }
}
