package org.chenggeng.inspection;

import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle's 验收 gate, asked by the project module ({@link TransitionGuard}): the latest completion acceptance
 * passed, no issue of severity 严重 open, and where the project has in-home items every household it touches accepted
 * at its door (or an official's recorded exception); and the 移交 gate: a hand-over record. Each gap is its own
 * sentence, naming what is missing.
 */
@Component
class AcceptanceGates implements TransitionGuard {

    private final CompletionRepository acceptances;
    private final IssueRepository issues;
    private final org.springframework.beans.factory.ObjectProvider<HouseholdAcceptanceService> households;
    private final HandoverRepository handovers;

    AcceptanceGates(CompletionRepository acceptances, IssueRepository issues,
                    org.springframework.beans.factory.ObjectProvider<HouseholdAcceptanceService> households,
                    HandoverRepository handovers) {
        this.handovers = handovers;
        this.acceptances = acceptances;
        this.issues = issues;
        this.households = households;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Gap> gaps(long projectId, ProjectStatus target) {
        if (target == ProjectStatus.HANDED_OVER) {
            return handovers.findByProjectId(projectId).isPresent() ? List.of()
                    : List.of(Gap.of("gate.handedOver.noHandover"));
        }
        if (target != ProjectStatus.ACCEPTED) {
            return List.of();
        }
        List<Gap> gaps = new ArrayList<>();
        Optional<CompletionAcceptance> latest = acceptances.findFirstByProjectIdOrderByAcceptedOnDescRecordedAtDescIdDesc(projectId);
        if (latest.isEmpty()) {
            gaps.add(Gap.of("gate.accepted.noCompletion"));
        } else if (latest.get().getConclusion() != Conclusion.PASSED) {
            gaps.add(Gap.of("gate.accepted.completionFailed", latest.get().getAcceptedOn().toString()));
        }
        long severe = issues.findByProjectIdOrderByRaisedAtDescIdDesc(projectId).stream()
                .filter(i -> i.getStatus() != IssueStatus.CLOSED && i.getSeverity() == Severity.SEVERE).count();
        if (severe > 0) {
            gaps.add(Gap.of("gate.accepted.severeOpen", severe));
        }
        HouseholdAcceptanceService doors = households.getObject();
        if (doors.needed(projectId) && !doors.waived(projectId)) {
            HouseholdAcceptanceService.Tally t = doors.tally(projectId);
            if (!t.complete()) {
                gaps.add(Gap.of("gate.accepted.householdsIncomplete", t.households(), t.accepted(), t.defects(),
                        t.refused(), t.notVisited()));
            }
        }
        return gaps;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Prefill> prefill(long projectId, ProjectStatus target) {
        if (target == ProjectStatus.HANDED_OVER) {
            return handovers.findByProjectId(projectId).map(h -> new Prefill(h.getHandedOverOn(), null));
        }
        if (target != ProjectStatus.ACCEPTED) {
            return Optional.empty();
        }
        return acceptances.findFirstByProjectIdOrderByAcceptedOnDescRecordedAtDescIdDesc(projectId)
                .filter(a -> a.getConclusion() == Conclusion.PASSED)
                .map(a -> new Prefill(a.getAcceptedOn(), a.getOrganiser()));
    }
}
