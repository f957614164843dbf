package org.chenggeng.consultation;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts a round from the register and the recorded answers: only households in the round's scope count, and
 * for a proposed work item a household's answer on that item replaces its answer on the round as a whole.
 */
@Component
class RoundTallies {

    private final HouseholdRepository households;
    private final ResponseRepository responses;

    RoundTallies(HouseholdRepository households, ResponseRepository responses) {
        this.households = households;
        this.responses = responses;
    }

    /** The round's tally, one per proposed work item, and how many households in scope have an answer recorded. */
    record Counted(Tally round, Map<Long, Tally> items, int recorded) {
    }

    /** A closed round's figures as frozen when it closed; an open round's as the register and answers stand. */
    Counted of(ConsultationRound round) {
        Counted frozen = round.frozenCount();
        return frozen != null ? frozen : count(round);
    }

    /** Counts the round afresh from the register and the answers. */
    Counted count(ConsultationRound round) {
        List<Household> inScope = households.findByCompoundId(round.getCompoundId()).stream()
                .filter(round::covers).toList();
        Map<Long, Map<Long, Answer>> answers = new HashMap<>();
        for (HouseholdResponse r : responses.findByRoundId(round.getId())) {
            answers.computeIfAbsent(r.getHouseholdId(), k -> new HashMap<>()).put(r.getItemKey(), r.getAnswer());
        }
        List<Tally.Vote> whole = new ArrayList<>();
        int recorded = 0;
        for (Household h : inScope) {
            Answer a = answers.getOrDefault(h.getId(), Map.of()).get(HouseholdResponse.WHOLE_ROUND);
            whole.add(new Tally.Vote(h.getFloorArea(), a));
            if (a != null) {
                recorded++;
            }
        }
        Map<Long, Tally> items = new LinkedHashMap<>();
        for (Long item : new TreeSet<>(round.getWorkItemIds())) {
            List<Tally.Vote> votes = inScope.stream().map(h -> {
                Map<Long, Answer> own = answers.getOrDefault(h.getId(), Map.of());
                return new Tally.Vote(h.getFloorArea(), own.getOrDefault(item, own.get(HouseholdResponse.WHOLE_ROUND)));
            }).toList();
            items.put(item, Tally.of(round.getConsentRule(), round.getKind(), votes));
        }
        return new Counted(Tally.of(round.getConsentRule(), round.getKind(), whole), items, recorded);
    }
}
