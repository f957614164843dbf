package org.chenggeng.consultation;

import org.chenggeng.consultation.FeedbackService.FeedbackSummary;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a project's feedback by where it stands, for officials and the report, who see only these figures. Feedback
 * from the portal counts once the committee has accepted it; waiting or rejected as spam, it does not.
 */
final class FeedbackTally {

    private FeedbackTally() {
    }

    static FeedbackSummary of(List<Feedback> all) {
        int open = 0;
        int adopted = 0;
        int notAdopted = 0;
        int resolved = 0;
        List<Long> days = new ArrayList<>();
        all = all.stream().filter(Feedback::isInQueue).toList();
        for (Feedback f : all) {
            if (f.getStatus() == FeedbackStatus.RECEIVED || f.getStatus() == FeedbackStatus.UNDER_REVIEW) {
                open++;
            }
            if (f.isAdopted()) {
                adopted++;
            } else if (f.getDecision() == FeedbackStatus.NOT_ADOPTED) {
                notAdopted++;
            }
            if (f.getStatus() == FeedbackStatus.RESOLVED) {
                resolved++;
                days.add(ChronoUnit.DAYS.between(f.getReceivedOn(), f.getRespondedOn()));
            }
        }
        return new FeedbackSummary(all.size(), open, adopted, notAdopted, resolved, median(days));
    }

    static BigDecimal median(List<Long> values) {
        return org.chenggeng.shared.Medians.of(values);
    }
}
