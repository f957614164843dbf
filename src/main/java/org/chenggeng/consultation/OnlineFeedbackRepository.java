package org.chenggeng.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

interface OnlineFeedbackRepository extends JpaRepository<OnlineFeedback, Long> {

    Optional<OnlineFeedback> findByTrackingHash(String trackingHash);

    /** The call-back phones of the given feedback that have one. */
    default Map<Long, String> phones(Collection<Long> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return Map.of();
        }
        return findAllById(feedbackIds).stream().filter(o -> o.getCallbackPhone() != null)
                .collect(Collectors.toMap(OnlineFeedback::getFeedbackId, OnlineFeedback::getCallbackPhone));
    }
}
