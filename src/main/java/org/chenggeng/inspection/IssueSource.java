package org.chenggeng.inspection;

/** What raised an issue: an inspection's finding, a household's acceptance with defects, a repair under warranty. */
public enum IssueSource {
    FINDING, HOUSEHOLD, REPAIR;

    public String labelKey() {
        return "issue.source." + name();
    }
}
