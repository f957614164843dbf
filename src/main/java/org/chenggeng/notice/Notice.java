package org.chenggeng.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A public notice (公示) of a project. Written as a draft, then published with its period (first and last day, both
 * counted; seven days from publication unless said otherwise), which cannot start before the day it is published:
 * a notice counts from the day residents can read it. Once published it is fixed; a wrong one is withdrawn with a
 * reason and a new one published. Never deleted. Its status is {@code DRAFT}, {@code PUBLISHED} or {@code WITHDRAWN}
 * as stored; {@link #status} adds {@code ENDED} for a published notice past its last day.
 */
@Entity
@Table(name = "notice")
class Notice extends BaseEntity {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 5000;
    static final int REASON_MAX = 500;
    /** The default period: the day of publication and the six after it. */
    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 366;

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeKind kind;
    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    @Column(nullable = false, length = BODY_MAX)
    private String body;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeStatus status = NoticeStatus.DRAFT;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "published_by", length = 100)
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String withdrawalReason;
    @Column(nullable = false)
    private boolean sample;

    protected Notice() {
    }

    Notice(Long projectId, NoticeData data, String by, Instant at, boolean sample) {
        this.projectId = projectId;
        this.createdBy = by;
        this.createdAt = at;
        this.sample = sample;
        apply(data);
    }

    /** Changes a draft; a published or withdrawn notice stays as it was. */
    void update(NoticeData data) {
        if (status != NoticeStatus.DRAFT) {
            throw new DomainException("notice.error.notDraft", MessageKey.of(status.labelKey()));
        }
        apply(data);
    }

    private void apply(NoticeData data) {
        if (data == null || data.kind() == null || blank(data.title()) || blank(data.body())) {
            throw new DomainException("notice.error.required");
        }
        if (data.title().strip().length() > TITLE_MAX) {
            throw new DomainException("error.tooLong", TITLE_MAX);
        }
        if (data.body().strip().length() > BODY_MAX) {
            throw new DomainException("error.tooLong", BODY_MAX);
        }
        checkPeriod(data.periodStart(), data.periodEnd());
        this.kind = data.kind();
        this.title = data.title().strip();
        this.body = data.body().strip();
        this.periodStart = data.periodStart();
        this.periodEnd = data.periodEnd();
    }

    private static void checkPeriod(LocalDate start, LocalDate end) {
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                throw new DomainException("notice.error.endBeforeStart");
            }
            if (start.plusDays(MAX_DAYS).isBefore(end)) {
                throw new DomainException("notice.error.periodTooLong", MAX_DAYS);
            }
        }
    }

    /**
     * Publishes a draft: its period starts on the day given (or {@code today}) and ends on the day given (or after
     * {@link #DEFAULT_DAYS}); it may not start before {@code earliestStart}, which is today but for sample data.
     */
    void publish(LocalDate today, LocalDate earliestStart, String by, Instant at) {
        if (status != NoticeStatus.DRAFT) {
            throw new DomainException("notice.error.notDraft", MessageKey.of(status.labelKey()));
        }
        LocalDate start = periodStart == null ? today : periodStart;
        LocalDate end = periodEnd == null ? start.plusDays(DEFAULT_DAYS - 1) : periodEnd;
        if (start.isBefore(earliestStart)) {
            throw new DomainException("notice.error.startInPast", earliestStart.toString());
        }
        checkPeriod(start, end);
        this.periodStart = start;
        this.periodEnd = end;
        this.status = NoticeStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    /** Withdraws a draft or a published notice, with the reason; it stays, hidden from residents. */
    void withdraw(String reason, String by, Instant at) {
        if (status == NoticeStatus.WITHDRAWN) {
            throw new DomainException("notice.error.withdrawn");
        }
        if (blank(reason)) {
            throw new DomainException("notice.error.reasonRequired");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new DomainException("error.tooLong", REASON_MAX);
        }
        this.status = NoticeStatus.WITHDRAWN;
        this.withdrawalReason = reason.strip();
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    /** The status on the given day: a published notice past its last day has ended. */
    NoticeStatus status(LocalDate today) {
        return status == NoticeStatus.PUBLISHED && today.isAfter(periodEnd) ? NoticeStatus.ENDED : status;
    }

    /** Whether residents read it: published, running, to come or ended, but not a draft nor withdrawn. */
    boolean isPublic() {
        return status == NoticeStatus.PUBLISHED;
    }

    /** Whether an objection may be received on the given day, or the refusal that says why not. */
    void requireRunning(LocalDate today) {
        if (status != NoticeStatus.PUBLISHED) {
            throw new DomainException("notice.error.notPublished");
        }
        if (today.isBefore(periodStart)) {
            throw new DomainException("notice.error.notStarted", periodStart.toString());
        }
        if (today.isAfter(periodEnd)) {
            throw new DomainException("notice.error.periodEnded", periodEnd.toString());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("kind", kind).put("title", title).put("body", body)
                .put("periodStart", periodStart).put("periodEnd", periodEnd).put("status", status)
                .put("reason", withdrawalReason).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    NoticeKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getPublishedBy() {
        return publishedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getWithdrawnBy() {
        return withdrawnBy;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    String getWithdrawalReason() {
        return withdrawalReason;
    }

    boolean isSample() {
        return sample;
    }
}
