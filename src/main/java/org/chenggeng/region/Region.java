package org.chenggeng.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.util.Map;

@Entity
@Table(name = "region")
class Region extends BaseEntity {

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false, length = 20)
    private RegionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_kind", nullable = false, length = 20)
    private RegionKind kind;

    @Column(length = 30)
    private String code;

    @Column(nullable = false)
    private boolean sample;

    protected Region() {
    }

    private Region(Long parentId, String name, RegionLevel level, String code, boolean sample) {
        this.parentId = parentId;
        this.level = level;
        this.kind = RegionKind.usual(level);
        this.code = code;
        this.sample = sample;
        rename(name);
    }

    static Region root(String name, RegionLevel level, String code, boolean sample) {
        return new Region(null, name, level, code, sample);
    }

    /** A new region one level below this one. */
    Region child(String childName, String childCode, boolean childSample) {
        if (level.childLevel() == null) {
            throw new DomainException("region.error.noChildren");
        }
        return new Region(getId(), childName, level.childLevel(), childCode, childSample);
    }

    /** Names the region's level (镇 rather than 街道); the kind must belong to the region's level. */
    void callAs(RegionKind newKind) {
        if (newKind == null) {
            return;
        }
        if (newKind.level() != level) {
            throw new DomainException("region.error.kindLevel");
        }
        this.kind = newKind;
    }

    void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new DomainException("region.error.nameRequired");
        }
        if (newName.trim().length() > 100) {
            throw new DomainException("error.tooLong", 100);
        }
        this.name = newName.trim();
    }

    void recode(String newCode) {
        this.code = newCode == null || newCode.isBlank() ? null : newCode.trim();
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("name", name).put("level", level).put("kind", kind).put("code", code).put("parentId", parentId)
                .toMap();
    }

    Long getParentId() {
        return parentId;
    }

    String getName() {
        return name;
    }

    RegionLevel getLevel() {
        return level;
    }

    RegionKind getKind() {
        return kind;
    }

    String getCode() {
        return code;
    }

    boolean isSample() {
        return sample;
    }
}
