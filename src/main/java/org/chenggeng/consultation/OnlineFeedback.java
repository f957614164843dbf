package org.chenggeng.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What only feedback from the public portal has: the SHA-256 of its tracking code (the code itself is shown once to
 * the resident and kept nowhere) and the phone for a call back, personal data that only the committee sees.
 */
@Entity
@Table(name = "feedback_online")
class OnlineFeedback {

    @Id
    @Column(name = "feedback_id")
    private Long feedbackId;
    @Column(name = "tracking_hash", nullable = false, length = 64)
    private String trackingHash;
    @Column(name = "callback_phone", length = 20)
    private String callbackPhone;

    protected OnlineFeedback() {
    }

    OnlineFeedback(Long feedbackId, String trackingHash, String callbackPhone) {
        this.feedbackId = feedbackId;
        this.trackingHash = trackingHash;
        this.callbackPhone = callbackPhone;
    }

    Long getFeedbackId() {
        return feedbackId;
    }

    String getCallbackPhone() {
        return callbackPhone;
    }
}
