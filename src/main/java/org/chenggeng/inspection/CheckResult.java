package org.chenggeng.inspection;

/** How one checklist item was found: 符合, 不符合, 不适用. */
public enum CheckResult {
    OK, FAILED, NOT_APPLICABLE;

    public String labelKey() {
        return "inspection.check." + name();
    }
}
