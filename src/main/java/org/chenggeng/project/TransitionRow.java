package org.chenggeng.project;

import java.time.Instant;

/** One recorded lifecycle step; 立项 carries the consent tally it rested on. */
public record TransitionRow(ProjectStatus from, ProjectStatus to, Instant at, String actor, String note,
                            String consentTally) {
}
