package org.chenggeng.inspection;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.work.ProgressGuard;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stage gate the progress ledger asks ({@link ProgressGuard}): in a project with items of both work types of an
 * active {@link StageRule}, an entry of the following type is accepted only on or after the day of the first passed
 * inspection of the rule's kind that looked at an item of the stage's type. The refusal names both types, the kind
 * and, when there is one, the day the stage passed.
 */
@Component
class StageGate implements ProgressGuard {

    private final StageRuleRepository rules;
    private final InspectionRepository inspections;
    private final WorkItemService items;
    private final WorkTypeService types;

    StageGate(StageRuleRepository rules, InspectionRepository inspections, WorkItemService items,
              WorkTypeService types) {
        this.rules = rules;
        this.inspections = inspections;
        this.items = items;
        this.types = types;
    }

    /** What one rule asks of one project: the stage's items, and the day its inspection first passed (or none). */
    record Stage(StageRule rule, Set<Long> stageItems, LocalDate passedOn) {
    }

    /** The active rules that apply to the project (it has items of both types), each with where it stands. */
    @Transactional(readOnly = true)
    List<Stage> stages(long projectId) {
        List<StageRule> active = rules.findByActiveTrue();
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> itemsByType = items.items(projectId).stream().filter(i -> !i.retired())
                .collect(Collectors.groupingBy(WorkItemRow::workTypeId,
                        Collectors.mapping(WorkItemRow::id, Collectors.toSet())));
        List<StageRule> applying = active.stream().filter(r -> itemsByType.containsKey(r.getStageTypeId())
                && itemsByType.containsKey(r.getFollowingTypeId())).toList();
        if (applying.isEmpty()) {
            return List.of();
        }
        List<Inspection> passed = inspections.findByProjectIdOrderByInspectedOnDescRecordedAtDescIdDesc(projectId).stream()
                .filter(i -> i.getConclusion() == Conclusion.PASSED).toList();
        return applying.stream().map(r -> {
            Set<Long> stage = itemsByType.get(r.getStageTypeId());
            LocalDate first = passed.stream().filter(i -> i.getKind() == r.getKind())
                    .filter(i -> i.getWorkItemIds().stream().anyMatch(stage::contains))
                    .map(Inspection::getInspectedOn).min(LocalDate::compareTo).orElse(null);
            return new Stage(r, stage, first);
        }).toList();
    }

    @Override
    public Gate gate(long projectId) {
        List<Stage> stages = stages(projectId);
        if (stages.isEmpty()) {
            return (item, type, date) -> Optional.empty();
        }
        return (item, type, date) -> stages.stream().filter(s -> s.rule().getFollowingTypeId() == type)
                .filter(s -> s.passedOn() == null || date.isBefore(s.passedOn()))
                .findFirst().map(this::refusal);
    }

    private DomainException refusal(Stage s) {
        Map<Long, WorkTypeService.WorkTypeRow> byId = types.all().stream()
                .collect(Collectors.toMap(WorkTypeService.WorkTypeRow::id, Function.identity()));
        var following = byId.get(s.rule().getFollowingTypeId()).data();
        var stage = byId.get(s.rule().getStageTypeId()).data();
        MessageKey kind = MessageKey.of(s.rule().getKind().labelKey());
        if (s.passedOn() == null) {
            return new DomainException("stageRule.error.notPassed", following.nameZh(), following.code(),
                    stage.nameZh(), stage.code(), kind);
        }
        return new DomainException("stageRule.error.beforePassed", following.nameZh(), following.code(),
                stage.nameZh(), stage.code(), kind, s.passedOn().toString());
    }
}
