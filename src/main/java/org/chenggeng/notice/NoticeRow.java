package org.chenggeng.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice as staff see it: what it says, its period and status on the day asked, who wrote, published or withdrew it
 * and why, how many objections it received, and what the signed-in user may do with it.
 */
public record NoticeRow(Long id, long version, long projectId, NoticeKind kind, String title, String body,
                        LocalDate periodStart, LocalDate periodEnd, NoticeStatus status, String createdBy,
                        Instant createdAt, String publishedBy, Instant publishedAt, String withdrawnBy,
                        Instant withdrawnAt, String withdrawalReason, int objections, boolean sample,
                        boolean mayEdit, boolean mayWithdraw) {

    /** Whether residents may object to it today: published and within its period. */
    public boolean running(LocalDate today) {
        return status == NoticeStatus.PUBLISHED && !today.isBefore(periodStart) && !today.isAfter(periodEnd);
    }
}
