package org.chenggeng.consultation;

import org.chenggeng.region.CompoundService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A household's own answer to a satisfaction round on the portal, with the one-time code of its door notice and no
 * login (decision 0025). The answer is recorded exactly as one recorded at the door, marked as received online, and
 * the code is used up in the same transaction. Every refusal says why: an unknown code, one used already, one whose
 * round has closed, one of another round or compound, a household whose answer was recorded at the door. Nothing
 * here tells which household a code belongs to.
 */
@Service
public class SurveyAnswers {

    private final SurveyCodeRepository codes;
    private final RoundRepository rounds;
    private final HouseholdRepository households;
    private final ResponseRepository responses;
    private final CompoundService compounds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyAnswers(SurveyCodeRepository codes, RoundRepository rounds, HouseholdRepository households,
                  ResponseRepository responses, CompoundService compounds, ApplicationEventPublisher events,
                  Clock clock) {
        this.codes = codes;
        this.rounds = rounds;
        this.households = households;
        this.responses = responses;
        this.compounds = compounds;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the code's survey asks, for the portal's form: the round and project (the portal shows the project's
     * public facts), the compound, the round's note, its last day and the proposed work items one may rate.
     */
    public record SurveyForm(long roundId, long projectId, String compoundName, int roundNumber, String summary,
                             LocalDate closesOn, List<Long> workItemIds) {
    }

    /**
     * A household's answer: satisfied ({@link Answer#AGREE}), not satisfied ({@link Answer#DISAGREE}) or no opinion
     * ({@link Answer#ABSTAIN}), optionally per proposed work item. {@code roundId} is the round whose form was shown
     * ({@code null}: whichever the code belongs to); a code of another round is refused.
     */
    public record SurveyAnswer(Long roundId, Answer answer, Map<Long, Answer> itemAnswers) {

        public SurveyAnswer {
            itemAnswers = itemAnswers == null ? Map.of() : Map.copyOf(itemAnswers);
        }
    }

    /** The survey a code opens, or the refusal that says why it opens none. */
    @Transactional(readOnly = true)
    public SurveyForm survey(String code) {
        Valid valid = valid(code);
        ConsultationRound r = valid.round();
        return new SurveyForm(r.getId(), r.getProjectId(), compounds.byIds(Set.of(r.getCompoundId())).getFirst().name(),
                r.getNumber(), r.getSummary(), r.getClosesOn(), r.getWorkItemIds().stream().sorted().toList());
    }

    /** Records the household's answer with its code and uses the code up; refused with the reason otherwise. */
    @Transactional
    public void answer(String code, SurveyAnswer answer) {
        Valid valid = valid(code);
        ConsultationRound round = valid.round();
        if (answer.roundId() != null && !answer.roundId().equals(round.getId())) {
            ConsultationRound shown = rounds.findById(answer.roundId()).orElse(null);
            throw shown != null && shown.getCompoundId().equals(round.getCompoundId())
                    ? new DomainException("survey.error.otherRound")
                    : new DomainException("survey.error.otherCompound");
        }
        if (answer.answer() == null || !answer.answer().participates()
                || answer.itemAnswers().values().stream().anyMatch(a -> a == null || !a.participates())) {
            throw new DomainException("survey.error.answerRequired");
        }
        if (!round.getWorkItemIds().containsAll(answer.itemAnswers().keySet())) {
            throw new DomainException("round.error.itemNotInProject");
        }
        Instant now = clock.instant();
        if (codes.use(valid.code().getId(), now) != 1) {
            throw new DomainException("survey.error.used");
        }
        Map<Long, Answer> all = new LinkedHashMap<>();
        all.put(HouseholdResponse.WHOLE_ROUND, answer.answer());
        all.putAll(answer.itemAnswers());
        try {
            for (Map.Entry<Long, Answer> e : all.entrySet()) {
                HouseholdResponse r = new HouseholdResponse(round.getId(), valid.household().getId(), e.getKey());
                r.recordOnline(e.getValue(), now);
                responses.saveAndFlush(r);
                Map<String, String> after = new LinkedHashMap<>(r.snapshot());
                after.put("compoundId", String.valueOf(round.getCompoundId()));
                events.publishEvent(EntityChanged.created(ResponseService.ENTITY, r.getId(), after));
            }
        } catch (DataIntegrityViolationException e) {
            // the committee recorded this door at the same moment: its answer stands
            throw new DomainException("survey.error.answered");
        }
    }

    private record Valid(SurveyCode code, ConsultationRound round, Household household) {
    }

    private Valid valid(String typed) {
        String normalised = SurveyCode.normalise(typed);
        SurveyCode code = normalised == null ? null : codes.findByCode(normalised).orElse(null);
        if (code == null) {
            throw new DomainException("survey.error.unknown");
        }
        if (code.isUsed()) {
            throw new DomainException("survey.error.used");
        }
        ConsultationRound round = rounds.findById(code.getRoundId()).orElseThrow();
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw new DomainException("survey.error.closed", String.valueOf(round.getClosesOn()));
        }
        Household household = households.findById(code.getHouseholdId()).orElse(null);
        if (household == null || !round.covers(household)) {
            throw new DomainException("survey.error.unknown");
        }
        boolean answered = responses.findByRoundIdAndHouseholdId(round.getId(), household.getId()).stream()
                .anyMatch(r -> r.getItemKey() == HouseholdResponse.WHOLE_ROUND);
        if (answered) {
            throw new DomainException("survey.error.answered");
        }
        return new Valid(code, round, household);
    }
}
