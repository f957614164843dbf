package org.chenggeng.notice;

/** What a notice makes public: the plan, the consent result, the acceptance result, or another matter. */
public enum NoticeKind {
    PLAN, CONSENT_RESULT, ACCEPTANCE_RESULT, OTHER;

    public String labelKey() {
        return "notice.kind." + name();
    }
}
