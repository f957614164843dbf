package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * A project's resident-opinion consultation working group: who is in it, from which organisation, in what role.
 * Everyone who can see the project sees it; the committee of one of its compounds keeps it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorkingGroupService {

    static final String ENTITY = "WORKING_GROUP_MEMBER";

    private final WorkingGroupMemberRepository members;
    private final ConsultationAccess access;
    private final ApplicationEventPublisher events;

    WorkingGroupService(WorkingGroupMemberRepository members, ConsultationAccess access,
                        ApplicationEventPublisher events) {
        this.members = members;
        this.access = access;
        this.events = events;
    }

    public record MemberRow(Long id, long version, String name, String organisation, String role,
                            String officePhone) {
    }

    @Transactional(readOnly = true)
    public List<MemberRow> members(long projectId) {
        access.project(projectId);
        return members.findByProjectIdOrderByIdAsc(projectId).stream()
                .map(m -> new MemberRow(m.getId(), m.getVersion(), m.getName(), m.getOrganisation(), m.getGroupRole(),
                        m.getOfficePhone()))
                .toList();
    }

    @Transactional
    public Long add(long projectId, MemberData data) {
        requireKeeper(projectId, "workingGroup.add " + projectId);
        WorkingGroupMember m = members.save(new WorkingGroupMember(projectId, data));
        events.publishEvent(EntityChanged.created(ENTITY, m.getId(), m.snapshot()));
        return m.getId();
    }

    @Transactional
    public void update(long memberId, long version, MemberData data) {
        WorkingGroupMember m = members.findById(memberId).orElseThrow(NotFoundException::new);
        requireKeeper(m.getProjectId(), "workingGroup.update " + memberId);
        m.checkVersion(version);
        Map<String, String> before = m.snapshot();
        m.update(data);
        members.saveAndFlush(m);
        events.publishEvent(EntityChanged.updated(ENTITY, memberId, "UPDATE", before, m.snapshot()));
    }

    @Transactional
    public void remove(long memberId, long version) {
        WorkingGroupMember m = members.findById(memberId).orElseThrow(NotFoundException::new);
        requireKeeper(m.getProjectId(), "workingGroup.remove " + memberId);
        m.checkVersion(version);
        members.delete(m);
        events.publishEvent(EntityChanged.updated(ENTITY, memberId, "DELETE", m.snapshot(), Map.of()));
    }

    private void requireKeeper(long projectId, String what) {
        Actor actor = access.actor();
        ProjectAccess.ProjectDetails project = access.project(projectId);
        if (!access.isCommitteeOfProject(actor, project)) {
            throw access.deny(actor, what);
        }
    }
}
