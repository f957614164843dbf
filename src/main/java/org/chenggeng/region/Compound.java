package org.chenggeng.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.math.BigDecimal;
import java.util.Map;

/** A residential compound (小区) in one community. */
@Entity
@Table(name = "compound")
class Compound extends BaseEntity {

    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "year_built")
    private Integer yearBuilt;

    @Column(nullable = false)
    private int buildings;

    @Column(nullable = false)
    private int households;

    @Column(name = "floor_area", nullable = false, precision = 14, scale = 2)
    private BigDecimal floorArea;

    @Column(nullable = false)
    private boolean sample;

    protected Compound() {
    }

    Compound(Long communityId, CompoundService.CompoundData data, boolean sample) {
        this.sample = sample;
        update(communityId, data);
    }

    void update(Long newCommunityId, CompoundService.CompoundData data) {
        if (data.name() == null || data.name().isBlank()) {
            throw new DomainException("compound.error.nameRequired");
        }
        if (data.name().trim().length() > 100) {
            throw new DomainException("error.tooLong", 100);
        }
        if (data.buildings() < 0 || data.households() < 0) {
            throw new DomainException("compound.error.negative");
        }
        if (data.floorArea() == null || data.floorArea().signum() < 0 || data.floorArea().scale() > 2) {
            throw new DomainException("compound.error.floorArea");
        }
        if (data.yearBuilt() != null && (data.yearBuilt() < 1900 || data.yearBuilt() > 2100)) {
            throw new DomainException("compound.error.yearBuilt");
        }
        this.communityId = newCommunityId;
        this.name = data.name().trim();
        this.yearBuilt = data.yearBuilt();
        this.buildings = data.buildings();
        this.households = data.households();
        this.floorArea = data.floorArea();
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("name", name).put("communityId", communityId).put("yearBuilt", yearBuilt)
                .put("buildings", buildings).put("households", households)
                .put("floorArea", floorArea == null ? null : floorArea.toPlainString()).toMap();
    }

    Long getCommunityId() {
        return communityId;
    }

    String getName() {
        return name;
    }

    Integer getYearBuilt() {
        return yearBuilt;
    }

    int getBuildings() {
        return buildings;
    }

    int getHouseholds() {
        return households;
    }

    BigDecimal getFloorArea() {
        return floorArea;
    }

    boolean isSample() {
        return sample;
    }
}
