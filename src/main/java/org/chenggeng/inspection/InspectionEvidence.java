package org.chenggeng.inspection;

import org.chenggeng.evidence.EvidenceOwner;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Where this module's photos sit, for the evidence module: in the project, seen by whoever sees it. An inspection's,
 * a finding's, an issue's and a completion acceptance's photos are attached by who may inspect the project (administrators, and the officials
 * and supervisors of its region); a rectification's by who may answer it (the project's project managers and
 * administrators); a household's acceptance (the resident's signature, personal data) is seen and attached only by the
 * committee of the project's compounds and administrators, as the register in full.
 */
@Component
class InspectionEvidence implements EvidenceOwner {

    private final InspectionRepository inspections;
    private final FindingRepository findings;
    private final IssueRepository issues;
    private final IssueStepRepository steps;
    private final CompletionRepository acceptances;
    private final HouseholdAcceptanceRepository doors;
    private final org.chenggeng.consultation.ProjectHouseholds households;
    private final InspectionAccess access;

    InspectionEvidence(InspectionRepository inspections, FindingRepository findings, IssueRepository issues,
                       IssueStepRepository steps, CompletionRepository acceptances, HouseholdAcceptanceRepository doors,
                       org.chenggeng.consultation.ProjectHouseholds households, InspectionAccess access) {
        this.doors = doors;
        this.households = households;
        this.acceptances = acceptances;
        this.inspections = inspections;
        this.findings = findings;
        this.issues = issues;
        this.steps = steps;
        this.access = access;
    }

    @Override
    public Set<OwnerType> types() {
        return Set.of(OwnerType.INSPECTION, OwnerType.FINDING, OwnerType.ISSUE, OwnerType.RECTIFICATION,
                OwnerType.ACCEPTANCE, OwnerType.HOUSEHOLD_ACCEPTANCE);
    }

    @Override
    @Transactional(readOnly = true)
    public Place place(OwnerType type, long ownerId, boolean attach) {
        long projectId = switch (type) {
            case INSPECTION -> inspections.findById(ownerId).orElseThrow(NotFoundException::new).getProjectId();
            case FINDING -> findings.findById(ownerId).orElseThrow(NotFoundException::new).getProjectId();
            case ISSUE -> issue(ownerId).getProjectId();
            case ACCEPTANCE -> acceptances.findById(ownerId).orElseThrow(NotFoundException::new).getProjectId();
            case HOUSEHOLD_ACCEPTANCE -> doors.findById(ownerId).orElseThrow(NotFoundException::new).getProjectId();
            case RECTIFICATION -> issue(steps.findById(ownerId).filter(s -> s.getKind() == IssueStep.Kind.ANSWER)
                    .orElseThrow(NotFoundException::new).getIssueId()).getProjectId();
            default -> throw new NotFoundException();
        };
        if (type == OwnerType.HOUSEHOLD_ACCEPTANCE) {
            access.project(projectId);
            if (!households.mayVisit(projectId)) {
                throw access.deny("evidence.householdAcceptance " + ownerId);
            }
            return new Place(projectId, null);
        }
        if (!attach) {
            return new Place(access.project(projectId).id(), null);
        }
        if (type == OwnerType.RECTIFICATION) {
            ProjectAccess.WorkAccess project = access.project(projectId);
            if (!project.mayWrite()) {
                throw access.deny("evidence.attach " + type + " " + ownerId);
            }
            return new Place(project.id(), null);
        }
        return new Place(access.requireInspector(projectId, "evidence.attach " + type).id(), null);
    }

    private Issue issue(long id) {
        return issues.findById(id).orElseThrow(NotFoundException::new);
    }
}
