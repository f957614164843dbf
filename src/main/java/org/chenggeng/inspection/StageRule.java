package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.util.Map;

/**
 * A key stage: entries of the following work type wait for a passed inspection of this kind that looked at an item of
 * the stage's work type, in every project that has both (隐蔽工程 of the pipes before the paving over them).
 */
@Entity
@Table(name = "stage_rule")
class StageRule extends BaseEntity {

    @Column(name = "stage_work_type_id", nullable = false)
    private Long stageTypeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_kind", nullable = false, length = 20)
    private InspectionKind kind;
    @Column(name = "following_work_type_id", nullable = false)
    private Long followingTypeId;
    @Column(nullable = false)
    private boolean active = true;

    protected StageRule() {
    }

    StageRule(Long stageTypeId, InspectionKind kind, Long followingTypeId) {
        if (stageTypeId == null || kind == null || followingTypeId == null) {
            throw new DomainException("stageRule.error.required");
        }
        if (stageTypeId.equals(followingTypeId)) {
            throw new DomainException("stageRule.error.sameType");
        }
        this.stageTypeId = stageTypeId;
        this.kind = kind;
        this.followingTypeId = followingTypeId;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("stageTypeId", stageTypeId).put("kind", kind).put("followingTypeId", followingTypeId)
                .put("active", active).toMap();
    }

    Long getStageTypeId() {
        return stageTypeId;
    }

    InspectionKind getKind() {
        return kind;
    }

    Long getFollowingTypeId() {
        return followingTypeId;
    }

    boolean isActive() {
        return active;
    }
}
