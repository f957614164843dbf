package org.chenggeng.inspection;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.work.WorkTypeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The key stages: administrators say which work type's entries wait for a passed inspection of which kind of which
 * other work type, and deactivate or reactivate such a rule; everyone signed in reads them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StageRuleService {

    static final String ENTITY = "STAGE_RULE";

    private final StageRuleRepository rules;
    private final WorkTypeService types;
    private final ApplicationEventPublisher events;
    private final StageGate gate;
    private final InspectionAccess access;

    StageRuleService(StageRuleRepository rules, WorkTypeService types, ApplicationEventPublisher events,
                     StageGate gate, InspectionAccess access) {
        this.gate = gate;
        this.access = access;
        this.rules = rules;
        this.types = types;
        this.events = events;
    }

    /** A rule with the names of its two work types. */
    public record Rule(Long id, long version, Long stageTypeId, String stageZh, String stageEn, InspectionKind kind,
                       Long followingTypeId, String followingZh, String followingEn, boolean active) {

        public String stage(Locale locale) {
            return "en".equals(locale.getLanguage()) ? stageEn : stageZh;
        }

        public String following(Locale locale) {
            return "en".equals(locale.getLanguage()) ? followingEn : followingZh;
        }
    }

    /** A rule as it stands in one project: passed on a day (entries of the following type from then on), or not yet. */
    public record ProjectStage(Rule rule, java.time.LocalDate passedOn) {
    }

    /** The rules that apply to a project (it has items of both types), each with the day its stage passed. */
    @Transactional(readOnly = true)
    public List<ProjectStage> ofProject(long projectId) {
        access.project(projectId);
        Map<Long, WorkTypeService.WorkTypeRow> byId = types.all().stream()
                .collect(Collectors.toMap(WorkTypeService.WorkTypeRow::id, Function.identity()));
        return gate.stages(projectId).stream().map(s -> new ProjectStage(rule(s.rule(), byId), s.passedOn())).toList();
    }

    @Transactional(readOnly = true)
    public List<Rule> all() {
        Map<Long, WorkTypeService.WorkTypeRow> byId = types.all().stream()
                .collect(Collectors.toMap(WorkTypeService.WorkTypeRow::id, Function.identity()));
        return rules.findAll().stream().sorted(Comparator.comparing(StageRule::getId))
                .map(r -> rule(r, byId)).toList();
    }

    /** Adds a rule; the same rule again is refused, a deactivated one is to be reactivated instead. */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Long add(Long stageTypeId, InspectionKind kind, Long followingTypeId) {
        Map<Long, WorkTypeService.WorkTypeRow> byId = types.all().stream()
                .collect(Collectors.toMap(WorkTypeService.WorkTypeRow::id, Function.identity()));
        StageRule rule = new StageRule(stageTypeId, kind, followingTypeId);
        if (!byId.containsKey(stageTypeId) || !byId.containsKey(followingTypeId)) {
            throw new DomainException("stageRule.error.unknownType");
        }
        if (rules.findByStageTypeIdAndKindAndFollowingTypeId(stageTypeId, kind, followingTypeId).isPresent()) {
            throw new DomainException("stageRule.error.exists");
        }
        rules.save(rule);
        events.publishEvent(EntityChanged.created(ENTITY, rule.getId(), rule.snapshot()));
        return rule.getId();
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void setActive(long id, long version, boolean active) {
        StageRule rule = rules.findById(id).orElseThrow(NotFoundException::new);
        rule.checkVersion(version);
        Map<String, String> before = rule.snapshot();
        rule.setActive(active);
        rules.saveAndFlush(rule);
        events.publishEvent(EntityChanged.updated(ENTITY, id, active ? "ACTIVATE" : "DEACTIVATE", before,
                rule.snapshot()));
    }

    private static Rule rule(StageRule r, Map<Long, WorkTypeService.WorkTypeRow> byId) {
        var stage = byId.get(r.getStageTypeId()).data();
        var following = byId.get(r.getFollowingTypeId()).data();
        return new Rule(r.getId(), r.getVersion(), r.getStageTypeId(), stage.nameZh(), stage.nameEn(), r.getKind(),
                r.getFollowingTypeId(), following.nameZh(), following.nameEn(), r.isActive());
    }
}
