package org.chenggeng.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.chenggeng.shared.DomainException;

import java.time.LocalDate;

/**
 * The dates a project's works actually reached, each set by the lifecycle step that reaches it and checked against
 * the one before: work starts, ends, is accepted and is handed over in that order, and never later than today.
 * {@link Project} decides whether the step may be taken; this holds what the step records.
 */
@Embeddable
class Milestones {

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Column(name = "acceptance_date")
    private LocalDate acceptanceDate;

    @Column(name = "acceptance_body", length = 200)
    private String acceptanceBody;

    @Column(name = "handover_date")
    private LocalDate handoverDate;

    /** 施工: the date work actually started. */
    void start(LocalDate date, LocalDate today) {
        required(date, "project.error.startDateRequired");
        notAfter(date, today);
        this.actualStart = date;
    }

    /** 完工: the completion date lies between the start and today. */
    void complete(LocalDate date, LocalDate today) {
        required(date, "project.error.endDateRequired");
        notAfter(date, today);
        notBefore(date, actualStart, "project.error.endBeforeStart");
        this.actualEnd = date;
    }

    /** 验收: when and by whom the works were accepted, on or after their completion. */
    void accept(LocalDate date, String body, LocalDate today) {
        if (date == null || body == null || body.isBlank()) {
            throw new DomainException("project.error.acceptanceRequired");
        }
        notAfter(date, today);
        notBefore(date, actualEnd, "project.error.acceptanceBeforeEnd");
        if (body.trim().length() > 200) {
            throw new DomainException("error.tooLong", 200);
        }
        this.acceptanceDate = date;
        this.acceptanceBody = body.trim();
    }

    /** 移交长效管理: handed over to long-term management on or after acceptance. */
    void handOver(LocalDate date, LocalDate today) {
        required(date, "project.error.handoverDateRequired");
        notAfter(date, today);
        notBefore(date, acceptanceDate, "project.error.handoverBeforeAcceptance");
        this.handoverDate = date;
    }

    private static void required(LocalDate date, String messageKey) {
        if (date == null) {
            throw new DomainException(messageKey);
        }
    }

    private static void notAfter(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DomainException("error.dateInFuture");
        }
    }

    private static void notBefore(LocalDate date, LocalDate earlier, String messageKey) {
        if (earlier != null && date.isBefore(earlier)) {
            throw new DomainException(messageKey);
        }
    }

    LocalDate actualStart() {
        return actualStart;
    }

    LocalDate actualEnd() {
        return actualEnd;
    }

    LocalDate acceptanceDate() {
        return acceptanceDate;
    }

    String acceptanceBody() {
        return acceptanceBody;
    }

    LocalDate handoverDate() {
        return handoverDate;
    }
}
