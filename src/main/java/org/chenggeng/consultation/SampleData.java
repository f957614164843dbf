package org.chenggeng.consultation;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.Snapshot;
import org.chenggeng.shared.crypto.PersonalDataCipher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole sample registers and their answers in JDBC batches, for the demo data and tests: a complete register of a
 * large compound is thousands of households, too many to add one by one at start-up. Every row passes the same
 * checks as one entered on a screen; the audit log gets one entry per register or round, not per row.
 */
@Service
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class SampleData {

    private static final int BATCH = 500;

    private final HouseholdRepository households;
    private final RoundRepository rounds;
    private final JdbcTemplate jdbc;
    private final HouseholdInserts inserts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final FeedbackService feedback;
    private final PersonalDataCipher hashes;

    SampleData(HouseholdRepository households, RoundRepository rounds, JdbcTemplate jdbc, HouseholdInserts inserts,
               ApplicationEventPublisher events, Clock clock, FeedbackService feedback, PersonalDataCipher hashes) {
        this.feedback = feedback;
        this.hashes = hashes;
        this.households = households;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.events = events;
        this.clock = clock;
    }

    /** A household's answer on the round and, where it differs, on proposed work items. */
    public record SampleAnswer(long householdId, Answer answer, Map<Long, Answer> itemAnswers, boolean onPaper,
                               String formNumber) {

        public SampleAnswer {
            itemAnswers = itemAnswers == null ? Map.of() : Map.copyOf(itemAnswers);
        }
    }

    /** Records feedback marked as sample data, checked and audited as feedback entered on a screen. */
    @Transactional
    public Long feedback(long projectId, FeedbackData data) {
        return feedback.create(projectId, data, true);
    }

    /** Adds households, marked as sample data, to a compound whose register holds none of their addresses. */
    @Transactional
    public void register(long compoundId, List<HouseholdData> register) {
        List<Household> checked = register.stream().map(d -> new Household(compoundId, d, true, hashes)).toList();
        Set<String> addresses = new HashSet<>();
        households.findByCompoundId(compoundId).forEach(h -> addresses.add(address(h)));
        for (Household h : checked) {
            if (!addresses.add(address(h))) {
                throw new DomainException("household.error.duplicate", h.getBuilding() + " " + h.getUnit() + " "
                        + h.getRoom());
            }
        }
        households.flush();
        inserts.insert(checked);
        events.publishEvent(EntityChanged.created(HouseholdService.ENTITY, "compound " + compoundId,
                Snapshot.of().put("compoundId", compoundId).put("sampleHouseholds", checked.size()).toMap()));
    }

    /** Records the answers of households of an open round that have none yet, as the given committee member. */
    @Transactional
    public void answer(long roundId, String recordedBy, List<SampleAnswer> answers) {
        ConsultationRound round = rounds.findById(roundId).orElseThrow();
        round.requireOpen();
        Map<Long, Household> byId = new java.util.HashMap<>();
        households.findByCompoundId(round.getCompoundId()).forEach(h -> byId.put(h.getId(), h));
        List<Object[]> rows = new ArrayList<>();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (SampleAnswer a : answers) {
            Household h = byId.get(a.householdId());
            if (h == null || !round.covers(h)) {
                throw new DomainException("response.error.outOfScope");
            }
            if (!round.getWorkItemIds().containsAll(a.itemAnswers().keySet())) {
                throw new DomainException("round.error.itemNotInProject");
            }
            // the entity's own checks: an answer, and a form number for a paper answer
            new HouseholdResponse(roundId, h.getId(), HouseholdResponse.WHOLE_ROUND)
                    .record(a.answer(), a.onPaper(), false, a.formNumber(), recordedBy, clock.instant());
            rows.add(row(roundId, a, HouseholdResponse.WHOLE_ROUND, a.answer(), recordedBy, now));
            a.itemAnswers().forEach((item, answer) -> rows.add(row(roundId, a, item, answer, recordedBy, now)));
        }
        for (int start = 0; start < rows.size(); start += BATCH) {
            jdbc.batchUpdate("insert into household_response (round_id, household_id, item_key, answer, on_paper,"
                    + " by_proxy, form_number, recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    rows.subList(start, Math.min(rows.size(), start + BATCH)));
        }
        events.publishEvent(EntityChanged.created(ResponseService.ENTITY, "round " + roundId,
                Snapshot.of().put("roundId", roundId).put("compoundId", round.getCompoundId())
                        .put("sampleAnswers", answers.size()).toMap()));
    }

    private static Object[] row(long roundId, SampleAnswer a, long itemKey, Answer answer, String by,
                                LocalDateTime at) {
        return new Object[]{roundId, a.householdId(), itemKey, answer.name(), a.onPaper(), false,
                a.formNumber() == null || a.formNumber().isBlank() ? null : a.formNumber().trim(), by, at};
    }

    private static String address(Household h) {
        return h.getBuilding() + "\u0000" + h.getUnit() + "\u0000" + h.getRoom();
    }
}
