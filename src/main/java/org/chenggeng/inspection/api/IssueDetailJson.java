package org.chenggeng.inspection.api;

import org.chenggeng.inspection.IssueDetails;

import java.time.Instant;
import java.util.List;

/**
 * An issue with its way so far (answers, send-backs with their reasons, the closing re-check), the inspection it came
 * from (for a finding), and what the caller may do now: answer it (the project's project manager, while OPEN) or
 * re-check it (an inspector, while SUBMITTED; on screen only).
 */
record IssueDetailJson(IssueJson issue, Long inspectionId, List<Step> steps, boolean mayAnswer, boolean mayCheck) {

    /** kind: ANSWER, RETURN or CLOSE. */
    record Step(Long id, String kind, String text, String actor, Instant at) {
    }

    static IssueDetailJson of(IssueDetails d) {
        return new IssueDetailJson(IssueJson.of(d.issue()), d.inspectionId(), d.steps().stream()
                .map(s -> new Step(s.id(), s.kind(), s.text(), s.actor(), s.at())).toList(), d.mayAnswer(),
                d.mayCheck());
    }
}
