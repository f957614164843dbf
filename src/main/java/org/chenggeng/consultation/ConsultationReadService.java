package org.chenggeng.consultation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Consultation figures for reports and dashboards: aggregates only, never a household. The projects must come from
 * {@code ProjectAccess.all} for the same user, which applied the scope.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ConsultationReadService {

    private final RoundRepository rounds;
    private final RoundTallies tallies;
    private final FeedbackRepository feedback;

    ConsultationReadService(RoundRepository rounds, RoundTallies tallies, FeedbackRepository feedback) {
        this.rounds = rounds;
        this.tallies = tallies;
        this.feedback = feedback;
    }

    /**
     * Consultation of a set of projects: rounds held (closed ones), households asked and taking part, consent rounds
     * passed and failed, the satisfaction rate over satisfaction rounds (satisfied of those taking part), and the
     * feedback figures.
     */
    public record Figures(int rounds, int households, int participating, int consentPassed, int consentFailed,
                          int satisfied, int satisfactionParticipating, FeedbackService.FeedbackSummary feedback) {

        /** Satisfied of those taking part in satisfaction rounds, in percent rounded down; {@code null} without any. */
        public BigDecimal satisfactionRate() {
            return new Ratio(Ratio.Measure.SATISFACTION, BigDecimal.valueOf(satisfied),
                    BigDecimal.valueOf(satisfactionParticipating), 0, 1).percent();
        }

        /** Households taking part of those asked, in percent rounded down; {@code null} without any. */
        public BigDecimal participationRate() {
            return new Ratio(Ratio.Measure.PARTICIPATION_HOUSEHOLDS, BigDecimal.valueOf(participating),
                    BigDecimal.valueOf(households), 0, 1).percent();
        }
    }

    @Transactional(readOnly = true)
    public Figures figures(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return new Figures(0, 0, 0, 0, 0, 0, 0, FeedbackTally.of(List.of()));
        }
        int held = 0;
        int households = 0;
        int participating = 0;
        int passed = 0;
        int failed = 0;
        int satisfied = 0;
        int satisfactionParticipating = 0;
        List<Feedback> all = new ArrayList<>();
        Set<Long> consulted = new HashSet<>(rounds.projectIds());
        consulted.addAll(feedback.projectIds());
        List<Long> ids = projectIds.stream().filter(consulted::contains).toList();
        for (int start = 0; start < ids.size(); start += 1_000) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 1_000));
            for (ConsultationRound r : rounds.findByProjectIdIn(chunk)) {
                if (r.getStatus() != RoundStatus.CLOSED) {
                    continue;
                }
                Tally t = tallies.of(r).round();
                held++;
                households += t.households();
                participating += t.participating();
                if (r.getKind() == RoundKind.CONSENT) {
                    if (t.passed()) {
                        passed++;
                    } else {
                        failed++;
                    }
                } else if (r.getKind() == RoundKind.SATISFACTION) {
                    satisfied += t.agree();
                    satisfactionParticipating += t.participating();
                }
            }
            all.addAll(feedback.findByProjectIdIn(chunk));
        }
        return new Figures(held, households, participating, passed, failed, satisfied, satisfactionParticipating,
                FeedbackTally.of(all));
    }
}
