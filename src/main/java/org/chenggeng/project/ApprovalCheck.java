package org.chenggeng.project;

import java.util.Optional;

/**
 * Whether residents have consented to a project, supplied by the module that runs consultation rounds (which
 * depends on this one). A project moves to 立项 only with a passed consent round, whose tally is recorded with
 * the transition.
 */
public interface ApprovalCheck {

    /** A passed consent round: its id and its tally as recorded with the transition. */
    record Consent(Long roundId, String tally) {
    }

    /** The most recent closed consent round of the project whose rule is met, if any. */
    Optional<Consent> passedConsent(long projectId);
}
