package org.chenggeng.inspection;

import org.chenggeng.evidence.EvidenceOwner;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Where an inspection's and a finding's photos sit, for the evidence module: in the project, seen by whoever sees
 * it; attached by who may inspect it (administrators, and the officials and supervisors of its region).
 */
@Component
class InspectionEvidence implements EvidenceOwner {

    private final InspectionRepository inspections;
    private final FindingRepository findings;
    private final InspectionAccess access;

    InspectionEvidence(InspectionRepository inspections, FindingRepository findings, InspectionAccess access) {
        this.inspections = inspections;
        this.findings = findings;
        this.access = access;
    }

    @Override
    public Set<OwnerType> types() {
        return Set.of(OwnerType.INSPECTION, OwnerType.FINDING);
    }

    @Override
    @Transactional(readOnly = true)
    public Place place(OwnerType type, long ownerId, boolean attach) {
        long projectId = type == OwnerType.INSPECTION
                ? inspections.findById(ownerId).orElseThrow(NotFoundException::new).getProjectId()
                : findings.findById(ownerId).orElseThrow(NotFoundException::new).getProjectId();
        ProjectAccess.WorkAccess project = attach ? access.requireInspector(projectId, "evidence.attach " + type)
                : access.project(projectId);
        return new Place(project.id(), null);
    }
}
