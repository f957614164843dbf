package org.chenggeng.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A round as set up by the committee: what it asks and how, which households (a compound of the project, some
 * of its buildings, or one stairwell given as building and unit), when, under which consent rule (consent rounds
 * only), the work items it proposes, and a summary.
 */
public record RoundData(RoundKind kind, RoundMethod method, Long compoundId, ScopeKind scopeKind,
                        List<String> buildings, String unit, LocalDate opensOn, LocalDate closesOn,
                        ConsentRule consentRule, Set<Long> workItemIds, String summary) {

    public RoundData {
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
        workItemIds = workItemIds == null ? Set.of() : Set.copyOf(workItemIds);
    }
}
