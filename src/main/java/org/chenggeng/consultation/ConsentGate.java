package org.chenggeng.consultation;

import org.chenggeng.project.ApprovalCheck;
import org.chenggeng.region.CompoundService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The consent precondition of 立项, per compound of the project: the latest closed consent round whose rule is met,
 * whose scope covers what the project touches there, and which counted every household the compound's record has
 * (民法典第二百七十八条 counts every owner of the area concerned). When the project covers a whole compound, the
 * round's frozen households and floor area must agree with the compound's record within
 * {@code chenggeng.consent.register-tolerance} percent (default 0: exactly). For a project on some buildings or one
 * stairwell the compound's record cannot say what those hold, so the register of that scope, as the round froze
 * it, is taken as complete. The project service has already checked that the user may see the project. The tally
 * is written in Chinese, the language of the record, e.g. "第3轮意愿表决（民法典第二百七十八条）通过，范围：…".
 */
@Component
class ConsentGate implements ApprovalCheck {

    private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RoundRepository rounds;
    private final RoundTallies tallies;
    private final CompoundService compounds;
    private final MessageSource messages;
    private final BigDecimal tolerance;

    ConsentGate(RoundRepository rounds, RoundTallies tallies, CompoundService compounds, MessageSource messages,
                @Value("${chenggeng.consent.register-tolerance:0}") BigDecimal tolerance) {
        if (tolerance.signum() < 0 || tolerance.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("chenggeng.consent.register-tolerance is a percentage from 0 to 100, not "
                    + tolerance);
        }
        this.rounds = rounds;
        this.tallies = tallies;
        this.compounds = compounds;
        this.messages = messages;
        this.tolerance = tolerance;
    }

    @Override
    @Transactional(readOnly = true)
    public Verdict consent(Subject subject) {
        Map<Long, CompoundService.CompoundRow> records = compounds.byIds(subject.compoundIds()).stream()
                .collect(Collectors.toMap(CompoundService.CompoundRow::id, Function.identity()));
        List<ConsultationRound> consent = rounds.findByProjectIdOrderByNumberAsc(subject.projectId()).stream()
                .filter(r -> r.getKind() == RoundKind.CONSENT && r.getStatus() == RoundStatus.CLOSED)
                .sorted(Comparator.comparingInt(ConsultationRound::getNumber).reversed())
                .toList();
        List<String> described = new ArrayList<>();
        Long firstRound = null;
        for (Long compoundId : subject.compoundIds().stream().sorted().toList()) {
            CompoundService.CompoundRow record = records.get(compoundId);
            List<ConsultationRound> here = consent.stream().filter(r -> r.getCompoundId().equals(compoundId)).toList();
            List<ConsultationRound> covering = here.stream().filter(r -> covers(r, subject)).toList();
            if (!here.isEmpty() && covering.isEmpty()) {
                ConsultationRound latest = here.getFirst();
                return Verdict.refused("project.error.consentScope", latest.getNumber(),
                        where(record, latest.buildings(), latest.getScopeUnit()),
                        where(record, subject.buildings(), subject.unit()));
            }
            List<Counted> passed = covering.stream().map(r -> new Counted(r, tallies.of(r).round()))
                    .filter(c -> c.tally().passed()).toList();
            if (passed.isEmpty()) {
                return subject.compoundIds().size() == 1 ? Verdict.refused("project.error.consentRequired")
                        : Verdict.refused("project.error.consentRequiredIn", record.name());
            }
            boolean wholeCompound = coversWholeCompound(subject, record);
            Counted chosen = passed.stream().filter(c -> !wholeCompound || agrees(c.tally(), record)).findFirst()
                    .orElse(null);
            if (chosen == null) {
                Counted latest = passed.getFirst();
                return Verdict.refused("project.error.consentRegister", latest.round().getNumber(),
                        latest.tally().households(), plain(latest.tally().area()), record.name(), record.households(),
                        plain(record.floorArea()), plain(tolerance));
            }
            if (firstRound == null) {
                firstRound = chosen.round().getId();
            }
            described.add(describe(chosen.round(), chosen.tally(), record));
        }
        return Verdict.passed(new Consent(firstRound, String.join("\n", described)));
    }

    private record Counted(ConsultationRound round, Tally tally) {
    }

    /** Whether the round asked every household the project touches in the round's compound. */
    static boolean covers(ConsultationRound round, Subject subject) {
        List<String> buildings = subject.buildings();
        return switch (round.getScopeKind()) {
            case COMPOUND -> true;
            case BUILDINGS -> !buildings.isEmpty() && round.buildings().containsAll(buildings);
            case STAIRWELL -> subject.unit() != null && buildings.equals(round.buildings())
                    && subject.unit().equals(round.getScopeUnit());
        };
    }

    /** A project on no named buildings, or on as many buildings as the compound has, covers the whole compound. */
    private static boolean coversWholeCompound(Subject subject, CompoundService.CompoundRow record) {
        return subject.buildings().isEmpty()
                || subject.unit() == null && subject.buildings().size() >= record.buildings();
    }

    /** The round counted the households and floor area of the compound's record, within the tolerance. */
    private boolean agrees(Tally tally, CompoundService.CompoundRow record) {
        return within(BigDecimal.valueOf(tally.households()), BigDecimal.valueOf(record.households()), tolerance)
                && within(tally.area(), record.floorArea(), tolerance);
    }

    static boolean within(BigDecimal counted, BigDecimal recorded, BigDecimal tolerance) {
        // |counted − recorded| × 100 ≤ tolerance × recorded, exactly
        return counted.subtract(recorded).abs().multiply(HUNDRED).compareTo(tolerance.multiply(recorded)) <= 0;
    }

    String describe(ConsultationRound round, Tally tally, CompoundService.CompoundRow record) {
        String ratios = tally.ratios().stream().map(r -> text(r.measure().labelKey()) + " "
                        + plain(r.numerator()) + "/" + plain(r.denominator()) + " ≥ " + r.threshold() + " ✓")
                .collect(Collectors.joining("；"));
        return text("consent.record", round.getNumber(), text(round.getConsentRule().labelKey()), ratios,
                scope(round, record), tally.households(), plain(tally.area()));
    }

    private String scope(ConsultationRound round, CompoundService.CompoundRow record) {
        return switch (round.getScopeKind()) {
            case COMPOUND -> text("consent.scope.compound", record.name());
            case BUILDINGS -> text("consent.scope.buildings", record.name(), String.join("、", round.buildings()));
            case STAIRWELL -> text("consent.scope.stairwell", record.name(), round.buildings().getFirst(),
                    round.getScopeUnit());
        };
    }

    /** A scope as names only (compound, buildings, stairwell), which read the same in either language. */
    private static String where(CompoundService.CompoundRow record, List<String> buildings, String unit) {
        StringBuilder b = new StringBuilder(record.name());
        if (!buildings.isEmpty()) {
            b.append(' ').append(String.join("、", buildings));
        }
        if (unit != null) {
            b.append(' ').append(unit);
        }
        return b.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RECORD);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
