package org.chenggeng.notice;

import java.time.LocalDate;

/**
 * A published notice as residents read it on the portal: kind, title, text, period and whether it has ended, and
 * whether objections are taken today. No names of staff, no residents' words.
 */
public record PublicNotice(long id, long projectId, NoticeKind kind, String title, String body, LocalDate periodStart,
                           LocalDate periodEnd, NoticeStatus status, boolean objectionsOpen, LocalDate publishedOn) {
}
