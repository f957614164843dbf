package org.chenggeng.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.util.Map;

/** A member of a project's resident-opinion consultation working group (居民意见征询工作组). */
@Entity
@Table(name = "working_group_member")
class WorkingGroupMember extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false, length = 50)
    private String name;
    @Column(nullable = false, length = 100)
    private String organisation;
    @Column(name = "group_role", nullable = false, length = 50)
    private String groupRole;
    @Column(name = "office_phone", length = 30)
    private String officePhone;

    protected WorkingGroupMember() {
    }

    WorkingGroupMember(Long projectId, MemberData data) {
        this.projectId = projectId;
        update(data);
    }

    void update(MemberData data) {
        this.name = required(data.name(), 50);
        this.organisation = required(data.organisation(), 100);
        this.groupRole = required(data.role(), 50);
        this.officePhone = officePhone(data.officePhone());
    }

    /** An office phone: digits with an area code, hyphens, spaces, parentheses or an extension; optional. */
    private static String officePhone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > 30 || !v.matches("[0-9+()\\- ]{5,30}(转[0-9]{1,6})?")) {
            throw new DomainException("workingGroup.error.officePhone");
        }
        return v;
    }

    private static String required(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException("workingGroup.error.required");
        }
        if (value.trim().length() > max) {
            throw new DomainException("error.tooLong", max);
        }
        return value.trim();
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("name", name).put("organisation", organisation)
                .put("role", groupRole).put("officePhone", officePhone).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    String getName() {
        return name;
    }

    String getOrganisation() {
        return organisation;
    }

    String getGroupRole() {
        return groupRole;
    }

    String getOfficePhone() {
        return officePhone;
    }
}
