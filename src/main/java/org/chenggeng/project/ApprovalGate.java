package org.chenggeng.project;

import org.springframework.stereotype.Component;

import java.util.List;

/** Asks the modules that judge consent (see {@link ApprovalCheck}) whether a project may move to 立项. */
@Component
class ApprovalGate {

    private final List<ApprovalCheck> approvalChecks;

    ApprovalGate(List<ApprovalCheck> approvalChecks) {
        this.approvalChecks = approvalChecks;
    }

    /** The passed consent round the project rests on, or the refusal that names why there is none. */
    ApprovalCheck.Verdict consentOf(Project project) {
        ApprovalCheck.Subject subject = new ApprovalCheck.Subject(project.getId(), project.getCompoundIds(),
                project.getScopeBuildings(), project.getScopeUnit());
        return approvalChecks.stream().map(c -> c.consent(subject)).findFirst()
                .orElse(ApprovalCheck.Verdict.refused("project.error.consentRequired"));
    }

    /** The consent the project rests on; throws the refusal when there is none. */
    ApprovalCheck.Consent requireConsent(Project project) {
        ApprovalCheck.Verdict verdict = consentOf(project);
        if (verdict.consent() == null) {
            throw verdict.refusal();
        }
        return verdict.consent();
    }
}
