package org.chenggeng.consultation;

import org.chenggeng.project.ApprovalCheck;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The consent precondition of 立项: the latest closed consent round of the project whose rule is met. The project
 * service has already checked that the user may see the project. The tally is written in Chinese, the language
 * of the record, e.g. "第3轮 意愿表决（民法典第二百七十八条）通过：参与面积 … ≥ 2/3 ✓；…".
 */
@Component
class ConsentGate implements ApprovalCheck {

    private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;

    private final RoundRepository rounds;
    private final RoundTallies tallies;
    private final MessageSource messages;

    ConsentGate(RoundRepository rounds, RoundTallies tallies, MessageSource messages) {
        this.rounds = rounds;
        this.tallies = tallies;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Consent> passedConsent(long projectId) {
        return rounds.findByProjectIdOrderByNumberAsc(projectId).stream()
                .filter(r -> r.getKind() == RoundKind.CONSENT && r.getStatus() == RoundStatus.CLOSED)
                .sorted(Comparator.comparingInt(ConsultationRound::getNumber).reversed())
                .map(r -> new Counted(r, tallies.of(r).round()))
                .filter(c -> c.tally().passed())
                .findFirst()
                .map(c -> new Consent(c.round().getId(), describe(c.round(), c.tally())));
    }

    private record Counted(ConsultationRound round, Tally tally) {
    }

    String describe(ConsultationRound round, Tally tally) {
        String ratios = tally.ratios().stream().map(r -> text(r.measure().labelKey()) + " "
                        + plain(r.numerator()) + "/" + plain(r.denominator()) + " ≥ " + r.threshold() + " ✓")
                .collect(Collectors.joining("；"));
        return text("consent.record", round.getNumber(), text(round.getConsentRule().labelKey()), ratios);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RECORD);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
