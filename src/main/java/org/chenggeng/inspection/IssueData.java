package org.chenggeng.inspection;

import java.time.LocalDate;

/** What an issue asks: what to rectify, how serious it is, which unit answers for it and by when. */
public record IssueData(String description, Severity severity, String responsibleUnit, LocalDate deadline) {
}
