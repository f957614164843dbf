package org.chenggeng.inspection;

/**
 * Where an issue stands: 待整改 (the project manager is to rectify it; also after a send-back), 待复查 (rectified,
 * the inspector is to re-check it), 已销号 (closed after the re-check).
 */
public enum IssueStatus {
    OPEN, SUBMITTED, CLOSED;

    public String labelKey() {
        return "issue.status." + name();
    }
}
