package org.chenggeng.consultation;

import java.time.LocalDate;

/** Feedback as recorded: from which household (or {@code null}, anonymous), in which round if any, how and what. */
public record FeedbackData(Long householdId, Long roundId, FeedbackChannel channel, FeedbackCategory category,
                           String content, LocalDate receivedOn) {
}
