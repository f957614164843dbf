package org.chenggeng.notice;

import java.time.LocalDate;

/**
 * A notice as written: its kind, title and text, and its period's first and last day (both counted). A draft may
 * leave the period open; publishing fills it in: from the day of publication, seven days.
 */
public record NoticeData(NoticeKind kind, String title, String body, LocalDate periodStart, LocalDate periodEnd) {
}
