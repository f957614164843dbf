package org.chenggeng.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;

import java.time.Instant;
import java.time.YearMonth;

/** A month closed for a region: entries dated in it cannot be added or corrected until an official unlocks it. */
@Entity
@Table(name = "period_lock")
class PeriodLock extends BaseEntity {

    @Column(name = "region_id", nullable = false)
    private Long regionId;
    @Column(name = "lock_month", nullable = false)
    private int month;
    @Column(name = "locked_by", nullable = false, length = 50)
    private String lockedBy;
    @Column(name = "locked_at", nullable = false)
    private Instant lockedAt;

    protected PeriodLock() {
    }

    PeriodLock(Long regionId, YearMonth month, String lockedBy, Instant lockedAt) {
        this.regionId = regionId;
        this.month = key(month);
        this.lockedBy = lockedBy;
        this.lockedAt = lockedAt;
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    Long getRegionId() {
        return regionId;
    }

    YearMonth getMonth() {
        return YearMonth.of(month / 100, month % 100);
    }

    String getLockedBy() {
        return lockedBy;
    }

    Instant getLockedAt() {
        return lockedAt;
    }
}
