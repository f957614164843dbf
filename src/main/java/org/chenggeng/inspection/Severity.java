package org.chenggeng.inspection;

/** How serious an issue is: 一般, 较重, 严重. An open 严重 issue holds a project back from 验收. */
public enum Severity {
    GENERAL, MAJOR, SEVERE;

    public String labelKey() {
        return "issue.severity." + name();
    }
}
