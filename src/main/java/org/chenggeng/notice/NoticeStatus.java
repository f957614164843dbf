package org.chenggeng.notice;

/**
 * Where a notice stands: a draft only staff see, published (its period running or still to come), ended (published
 * and past its last day, read from the day, never stored) or withdrawn with a reason.
 */
public enum NoticeStatus {
    DRAFT, PUBLISHED, ENDED, WITHDRAWN;

    public String labelKey() {
        return "notice.status." + name();
    }
}
