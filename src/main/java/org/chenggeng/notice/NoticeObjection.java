package org.chenggeng.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * A resident's objection to a notice: the feedback it became in the consultation module's queue, linked here. A row
 * of its own, not a collection of the notice, so that two objections at once never collide on the notice's version.
 */
@Entity
@Table(name = "notice_objection")
@IdClass(NoticeObjection.Key.class)
class NoticeObjection {

    @Id
    @Column(name = "notice_id")
    private Long noticeId;
    @Id
    @Column(name = "feedback_id")
    private Long feedbackId;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected NoticeObjection() {
    }

    NoticeObjection(Long noticeId, Long feedbackId, Instant receivedAt) {
        this.noticeId = noticeId;
        this.feedbackId = feedbackId;
        this.receivedAt = receivedAt;
    }

    Long getNoticeId() {
        return noticeId;
    }

    Long getFeedbackId() {
        return feedbackId;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    /** The key: a notice and a feedback. */
    static class Key implements Serializable {

        private Long noticeId;
        private Long feedbackId;

        Key() {
        }

        Key(Long noticeId, Long feedbackId) {
            this.noticeId = noticeId;
            this.feedbackId = feedbackId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(noticeId, k.noticeId)
                    && java.util.Objects.equals(feedbackId, k.feedbackId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(noticeId, feedbackId);
        }
    }
}
