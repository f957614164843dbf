package org.chenggeng.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.chenggeng.shared.crypto.PersonalText;

/**
 * What only feedback from the public portal has: the SHA-256 of its tracking code (the code itself is shown once to
 * the resident and kept nowhere) and the phone for a call back, personal data that only the committee sees, encrypted
 * in the database (decision 0030).
 */
@Entity
@Table(name = "feedback_online")
class OnlineFeedback {

    @Id
    @Column(name = "feedback_id")
    private Long feedbackId;
    @Column(name = "tracking_hash", nullable = false, length = 64)
    private String trackingHash;
    @Convert(converter = PersonalText.class)
    @Column(name = "callback_phone", length = 200)
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
