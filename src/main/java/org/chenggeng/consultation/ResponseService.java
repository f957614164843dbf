package org.chenggeng.consultation;

import org.chenggeng.security.Actor;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.StaleDataException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Door-to-door recording: the committee of the round's compound picks a building and a stairwell, sees its
 * households, and records each one's answer (for the round and, optionally, per proposed work item). A changed
 * answer replaces the earlier one; the audit log keeps both.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ResponseService {

    static final String ENTITY = "HOUSEHOLD_RESPONSE";

    private final RoundRepository rounds;
    private final HouseholdRepository households;
    private final ResponseRepository responses;
    private final ConsultationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseService(RoundRepository rounds, HouseholdRepository households, ResponseRepository responses,
                    ConsultationAccess access, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.households = households;
        this.responses = responses;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A household at its door, with what has been recorded for it: the answer on the round ({@code null} while
     * none) and per proposed work item, the paper-form details, the version of the recorded answer that a
     * change must name, its id (the scan of its paper form is attached to it), and whether the household gave it
     * itself on the portal with its one-time code.
     */
    public record Door(HouseholdRow household, Answer answer, Map<Long, Answer> itemAnswers, boolean onPaper,
                       boolean byProxy, String formNumber, String recordedBy, Long answerVersion, Long answerId,
                       boolean online) {
    }

    /**
     * An answer to record. {@code seenVersion} is the version of the answer the recorder saw ({@code null} if
     * none), so that two members recording the same door never silently overwrite each other.
     */
    public record RecordRequest(long householdId, Answer answer, Map<Long, Answer> itemAnswers, boolean onPaper,
                                boolean byProxy, String formNumber, Long seenVersion) {

        public RecordRequest {
            itemAnswers = itemAnswers == null ? Map.of() : Map.copyOf(itemAnswers);
        }
    }

    /** The stairwells in the round's scope, as building → units, in natural order. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> stairwells(long roundId) {
        ConsultationRound round = recordable(roundId, false);
        return HouseholdService.stairwellsOf(inScope(round));
    }

    /** The households of one stairwell in scope with what has been recorded for each. */
    @Transactional(readOnly = true)
    public List<Door> doors(long roundId, String building, String unit) {
        ConsultationRound round = recordable(roundId, false);
        List<Household> here = inScope(round).stream()
                .filter(h -> h.getBuilding().equals(building) && h.getUnit().equals(unit))
                .sorted(HouseholdService.ADDRESS_ORDER).toList();
        Map<Long, List<HouseholdResponse>> byHousehold = responses.findByRoundId(roundId).stream()
                .collect(Collectors.groupingBy(HouseholdResponse::getHouseholdId));
        return here.stream().map(h -> door(h, byHousehold.getOrDefault(h.getId(), List.of()))).toList();
    }

    /** Records or replaces a household's answer while the round is open. */
    @Transactional
    public void record(long roundId, RecordRequest request) {
        Actor actor = access.actor();
        ConsultationRound round = recordable(roundId, true);
        Household h = households.findById(request.householdId()).orElseThrow(NotFoundException::new);
        if (!round.covers(h)) {
            throw new DomainException("response.error.outOfScope");
        }
        if (request.answer() == null) {
            throw new DomainException("response.error.answerRequired");
        }
        if (!round.getWorkItemIds().containsAll(request.itemAnswers().keySet())) {
            throw new DomainException("round.error.itemNotInProject");
        }
        Map<Long, HouseholdResponse> existing = responses.findByRoundIdAndHouseholdId(roundId, h.getId()).stream()
                .collect(Collectors.toMap(HouseholdResponse::getItemKey, Function.identity()));
        HouseholdResponse whole = existing.get(HouseholdResponse.WHOLE_ROUND);
        Long current = whole == null ? null : whole.getVersion();
        if (!Objects.equals(current, request.seenVersion())) {
            throw new StaleDataException();
        }
        try {
            save(whole, round, h, HouseholdResponse.WHOLE_ROUND, request.answer(), request, actor);
            for (Long item : round.getWorkItemIds()) {
                Answer a = request.itemAnswers().get(item);
                HouseholdResponse old = existing.get(item);
                if (a != null) {
                    save(old, round, h, item, a, request, actor);
                } else if (old != null) {
                    responses.delete(old);
                    events.publishEvent(EntityChanged.updated(ENTITY, old.getId(), "DELETE",
                            inCompound(old.snapshot(), round), Map.of()));
                }
            }
            responses.flush();
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            // another member recorded this household at the same moment: theirs stands, this one is refused
            throw new StaleDataException();
        }
    }

    private void save(HouseholdResponse old, ConsultationRound round, Household h, long itemKey, Answer answer,
                      RecordRequest request, Actor actor) {
        HouseholdResponse r = old != null ? old : new HouseholdResponse(round.getId(), h.getId(), itemKey);
        Map<String, String> before = old == null ? null : inCompound(old.snapshot(), round);
        r.record(answer, request.onPaper(), request.byProxy(), request.formNumber(), actor.username(), clock.instant());
        responses.saveAndFlush(r);
        Map<String, String> after = inCompound(r.snapshot(), round);
        if (before == null) {
            events.publishEvent(EntityChanged.created(ENTITY, r.getId(), after));
        } else if (!before.equals(after)) {
            events.publishEvent(EntityChanged.updated(ENTITY, r.getId(), "CHANGE", before, after));
        }
    }

    /** The audit snapshot names the round's compound, so the audit log can place the answer in its region. */
    private static Map<String, String> inCompound(Map<String, String> snapshot, ConsultationRound round) {
        Map<String, String> placed = new java.util.LinkedHashMap<>(snapshot);
        placed.put("compoundId", String.valueOf(round.getCompoundId()));
        return placed;
    }

    private ConsultationRound recordable(long roundId, boolean write) {
        Actor actor = access.actor();
        ConsultationRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        access.project(round.getProjectId());
        access.requireCommitteeOf(actor, round.getCompoundId(), "response." + (write ? "record" : "read")
                + " round " + roundId);
        if (write) {
            round.requireOpen();
        }
        return round;
    }

    private List<Household> inScope(ConsultationRound round) {
        return households.findByCompoundId(round.getCompoundId()).stream().filter(round::covers).toList();
    }

    private static Door door(Household h, List<HouseholdResponse> own) {
        HouseholdResponse whole = own.stream().filter(r -> r.getItemKey() == HouseholdResponse.WHOLE_ROUND)
                .findFirst().orElse(null);
        Map<Long, Answer> items = new HashMap<>();
        own.stream().filter(r -> r.getItemKey() != HouseholdResponse.WHOLE_ROUND)
                .forEach(r -> items.put(r.getItemKey(), r.getAnswer()));
        HouseholdRow row = HouseholdService.row(h, true);
        return whole == null ? new Door(row, null, items, false, false, null, null, null, null, false)
                : new Door(row, whole.getAnswer(), items, whole.isOnPaper(), whole.isByProxy(), whole.getFormNumber(),
                whole.getRecordedBy(), whole.getVersion(), whole.getId(), whole.isOnline());
    }
}
