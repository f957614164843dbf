package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.Snapshot;
import org.chenggeng.shared.xlsx.XlsxWatermark;
import org.chenggeng.region.CompoundService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one-time codes of a SATISFACTION round (decision 0025): the committee of the round's compound issues one per
 * household in the round's scope that has not answered yet and prints them as door notices; the household answers on
 * the portal with it ({@link SurveyAnswers}). Everyone who sees the project sees how many codes were issued and used
 * and how many answers came online; the codes themselves and the sheet only the committee and administrators, who
 * keep the register in full.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SurveyCodes {

    static final String ENTITY = "SURVEY_CODES";

    private final RoundRepository rounds;
    private final HouseholdRepository households;
    private final ResponseRepository responses;
    private final SurveyCodeRepository codes;
    private final ConsultationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CompoundService compounds;
    private final MessageSource messages;
    private final String address;

    SurveyCodes(RoundRepository rounds, HouseholdRepository households, ResponseRepository responses,
                SurveyCodeRepository codes, ConsultationAccess access, ApplicationEventPublisher events, Clock clock,
                CompoundService compounds, MessageSource messages,
                @Value("${chenggeng.survey.address:/p/survey}") String address) {
        this.compounds = compounds;
        this.messages = messages;
        this.rounds = rounds;
        this.households = households;
        this.responses = responses;
        this.codes = codes;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.address = address;
    }

    /**
     * A round's codes in figures: households in scope, codes issued and used, answers given online; and whether the
     * signed-in user may issue and print them (the committee, while the round is open).
     */
    public record CodeSummary(int households, int issued, int used, long onlineAnswers, boolean mayIssue,
                              boolean satisfaction) {
    }

    /** What issuing did: codes issued (new or replacing an unused one), households skipped for having answered. */
    public record Issued(int issued, int answered) {
    }

    @Transactional(readOnly = true)
    public CodeSummary summary(long roundId) {
        Actor actor = access.actor();
        ConsultationRound round = round(roundId);
        access.project(round.getProjectId());
        List<SurveyCode> issued = codes.findByRoundId(roundId);
        int inScope = (int) households.findByCompoundId(round.getCompoundId()).stream().filter(round::covers).count();
        boolean may = round.getKind() == RoundKind.SATISFACTION && round.getStatus() == RoundStatus.OPEN
                && access.isCommitteeOf(actor, round.getCompoundId());
        return new CodeSummary(inScope, issued.size(), (int) issued.stream().filter(SurveyCode::isUsed).count(),
                responses.countByRoundIdAndItemKeyAndOnlineTrue(roundId, HouseholdResponse.WHOLE_ROUND), may,
                round.getKind() == RoundKind.SATISFACTION);
    }

    /**
     * Issues a code to every household in the round's scope without an answer: a new one where it has none, a new
     * value where its code is still unused (the slip printed before stops working). Households that answered, at the
     * door or online, get none.
     */
    @Transactional
    public Issued issue(long roundId) {
        Actor actor = access.actor();
        ConsultationRound round = issuable(roundId, actor, "surveyCodes.issue");
        Set<Long> answered = answered(roundId);
        Map<Long, SurveyCode> existing = codes.findByRoundId(roundId).stream()
                .collect(Collectors.toMap(SurveyCode::getHouseholdId, Function.identity()));
        List<Household> waiting = households.findByCompoundId(round.getCompoundId()).stream().filter(round::covers)
                .filter(h -> !answered.contains(h.getId())).toList();
        List<String> fresh = fresh(waiting.size());
        Instant now = clock.instant();
        int issued = 0;
        for (Household h : waiting) {
            SurveyCode code = existing.get(h.getId());
            if (code == null) {
                codes.save(new SurveyCode(roundId, h.getId(), fresh.get(issued), actor.username(), now));
            } else if (!code.isUsed()) {
                code.reissue(fresh.get(issued), actor.username(), now);
            } else {
                continue;
            }
            issued++;
        }
        codes.flush();
        int skipped = (int) households.findByCompoundId(round.getCompoundId()).stream().filter(round::covers)
                .filter(h -> answered.contains(h.getId())).count();
        events.publishEvent(EntityChanged.updated(ENTITY, roundId, "ISSUE", Map.of(), placed(round)
                .put("issued", issued).put("answered", skipped).toMap()));
        return new Issued(issued, skipped);
    }

    /**
     * The door notices of the round's unused codes as a PDF, one slip per household with its compound, building, unit
     * and room as on the door, the code and the portal's address; audited, since it names households, and marked on
     * every page with who printed it and when.
     */
    @Transactional
    public byte[] sheet(long roundId) {
        Actor actor = access.actor();
        ConsultationRound round = issuable(roundId, actor, "surveyCodes.print");
        Set<Long> answered = answered(roundId);
        Map<Long, SurveyCode> byHousehold = codes.findByRoundId(roundId).stream().filter(c -> !c.isUsed())
                .collect(Collectors.toMap(SurveyCode::getHouseholdId, Function.identity()));
        String compound = compounds.byIds(Set.of(round.getCompoundId())).getFirst().name();
        ProjectAccess.ProjectDetails project = access.project(round.getProjectId());
        List<SurveySheet.Slip> slips = households.findByIdIn(byHousehold.keySet()).stream()
                .filter(round::covers).filter(h -> !answered.contains(h.getId()))
                .sorted(HouseholdService.ADDRESS_ORDER)
                .map(h -> new SurveySheet.Slip(compound, h.getBuilding(), h.getUnit(), h.getRoom(),
                        SurveyCode.printed(byHousehold.get(h.getId()).getCode())))
                .toList();
        if (slips.isEmpty()) {
            throw new DomainException("surveyCodes.error.noneToPrint");
        }
        events.publishEvent(EntityChanged.updated(ENTITY, roundId, "PRINT", Map.of(), placed(round)
                .put("slips", slips.size()).toMap()));
        return SurveySheet.write(texts(project.data().name(), round), slips, XlsxWatermark.record(actor.username(),
                clock.instant(), clock.getZone(), Locale.SIMPLIFIED_CHINESE));
    }

    /** The slip's words in Chinese, the language of the door notices. */
    private SurveySheet.Texts texts(String projectName, ConsultationRound round) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String howTo = round.getClosesOn() == null
                ? messages.getMessage("surveySheet.howTo", new Object[]{address}, zh)
                : messages.getMessage("surveySheet.howToUntil", new Object[]{address,
                round.getClosesOn().format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日"))}, zh);
        return new SurveySheet.Texts(messages.getMessage("surveySheet.title", null, zh),
                messages.getMessage("surveySheet.project", new Object[]{projectName, round.getNumber()}, zh),
                messages.getMessage("surveySheet.code", null, zh), howTo);
    }

    private ConsultationRound issuable(long roundId, Actor actor, String what) {
        ConsultationRound round = round(roundId);
        access.project(round.getProjectId());
        access.requireCommitteeOf(actor, round.getCompoundId(), what + " round " + roundId);
        if (round.getKind() != RoundKind.SATISFACTION) {
            throw new DomainException("surveyCodes.error.notSatisfaction");
        }
        round.requireOpen();
        return round;
    }

    private ConsultationRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(NotFoundException::new);
    }

    private Set<Long> answered(long roundId) {
        return responses.findByRoundId(roundId).stream().filter(r -> r.getItemKey() == HouseholdResponse.WHOLE_ROUND)
                .map(HouseholdResponse::getHouseholdId).collect(Collectors.toSet());
    }

    /** {@code n} random codes, none already taken by any round nor twice among themselves. */
    private List<String> fresh(int n) {
        Set<String> drawn = new java.util.LinkedHashSet<>();
        while (drawn.size() < n) {
            Set<String> batch = new HashSet<>();
            while (batch.size() < n - drawn.size()) {
                String c = SurveyCode.random();
                if (!drawn.contains(c)) {
                    batch.add(c);
                }
            }
            for (int s = 0; s < batch.size(); s += 1_000) {
                List<String> part = batch.stream().skip(s).limit(1_000).toList();
                Set<String> taken = new HashSet<>(codes.existing(part));
                part.stream().filter(c -> !taken.contains(c)).forEach(drawn::add);
            }
        }
        return List.copyOf(drawn);
    }

    private static Snapshot placed(ConsultationRound round) {
        return Snapshot.of().put("projectId", round.getProjectId()).put("compoundId", round.getCompoundId())
                .put("roundId", round.getId());
    }
}
