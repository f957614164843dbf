package org.chenggeng.inspection;

import java.time.Instant;
import java.util.List;

/**
 * One issue with its way so far, where it came from (the inspection, for a finding) and what the signed-in user may
 * do now: answer it (the project's project manager, while it is to be rectified) or re-check it (an inspector, once
 * it is rectified).
 */
public record IssueDetails(IssueRow issue, Long inspectionId, List<Step> steps, boolean mayAnswer, boolean mayCheck) {

    /** A rectification, a send-back or the closing re-check. */
    public record Step(Long id, String kind, String text, String actor, Instant at) {

        public boolean isAnswer() {
            return "ANSWER".equals(kind);
        }
    }
}
