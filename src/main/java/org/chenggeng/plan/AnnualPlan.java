package org.chenggeng.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A region's renovation plan for a year, as the level above set it. */
@Entity
@Table(name = "annual_plan")
class AnnualPlan extends BaseEntity {

    private static final int MAX_COUNT = 10_000_000;
    private static final BigDecimal MAX_AREA = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_MONEY = new BigDecimal("10000000000000");

    @Column(name = "region_id", nullable = false)
    private Long regionId;
    @Column(name = "plan_year", nullable = false)
    private int year;
    @Column(nullable = false)
    private int compounds;
    @Column(nullable = false)
    private int households;
    @Column(nullable = false)
    private int buildings;
    @Column(name = "floor_area", nullable = false, precision = 14, scale = 2)
    private BigDecimal floorArea;
    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal investment;
    @Column(name = "set_by", nullable = false, length = 50)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;
    @Column(nullable = false)
    private boolean sample;

    protected AnnualPlan() {
    }

    AnnualPlan(Long regionId, int year, boolean sample) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("plan.error.year");
        }
        this.regionId = regionId;
        this.year = year;
        this.sample = sample;
    }

    void set(PlanFigures f, String by, Instant at) {
        if (f == null) {
            throw new DomainException("plan.error.figuresRequired");
        }
        count(f.compounds());
        count(f.households());
        count(f.buildings());
        this.compounds = f.compounds();
        this.households = f.households();
        this.buildings = f.buildings();
        this.floorArea = amount(f.floorArea(), MAX_AREA);
        this.investment = amount(f.investment(), MAX_MONEY);
        this.setBy = by;
        this.setAt = at;
    }

    private static void count(int value) {
        if (value < 0 || value > MAX_COUNT) {
            throw new DomainException("plan.error.count", MAX_COUNT);
        }
    }

    private static BigDecimal amount(BigDecimal value, BigDecimal max) {
        if (value == null || value.signum() < 0 || value.compareTo(max) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new DomainException("plan.error.amount");
        }
        return value.setScale(2);
    }

    PlanFigures figures() {
        return new PlanFigures(compounds, households, buildings, floorArea, investment);
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("regionId", regionId).put("year", year).put("compounds", compounds)
                .put("households", households).put("buildings", buildings).put("floorArea", floorArea)
                .put("investment", investment).toMap();
    }

    Long getRegionId() {
        return regionId;
    }

    int getYear() {
        return year;
    }

    String getSetBy() {
        return setBy;
    }

    Instant getSetAt() {
        return setAt;
    }

    boolean isSample() {
        return sample;
    }
}
