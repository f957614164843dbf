package org.chenggeng.inspection;

/** The conclusion of an inspection or an acceptance: 合格 or 不合格. */
public enum Conclusion {
    PASSED, FAILED;

    public String labelKey() {
        return "inspection.conclusion." + name();
    }
}
