package org.chenggeng.project;

import java.time.LocalDate;

/** A request to move a project to its next status, with whatever that step needs. */
public record TransitionRequest(long version, ProjectStatus target, LocalDate date, String body, String note,
                                boolean confirmUnfinished) {

    public TransitionRequest(long version, ProjectStatus target, LocalDate date, String body, String note) {
        this(version, target, date, body, note, false);
    }
}
