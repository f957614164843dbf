package org.chenggeng.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An administrator's choice of a notice rule, which overrides the application property of the same meaning. */
@Entity
@Table(name = "notice_setting")
class NoticeSetting {

    static final String APPROVAL_GATE = "APPROVAL_GATE";

    @Id
    @Column(length = 50)
    private String name;
    @Version
    @Column(nullable = false)
    private long version;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NoticeSetting() {
    }

    NoticeSetting(String name) {
        this.name = name;
    }

    void set(boolean enabled, String by, Instant at) {
        this.enabled = enabled;
        this.changedBy = by;
        this.changedAt = at;
    }

    boolean isEnabled() {
        return enabled;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
