package org.chenggeng.funding;

import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.Snapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project's funding plan (planned investment by source) and the overview of planned against completed money that
 * the project's 资金 page shows. Role and scope are checked here ({@link FundingAccess}), not in the view.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FundingService {

    private static final String ENTITY = "FUNDING_PLAN";

    private final FundingAccess access;
    private final FundingPlanRepository plans;
    private final FundingSourceRepository sources;
    private final FundingStates states;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FundingInserts inserts;

    FundingService(FundingAccess access, FundingPlanRepository plans, FundingSourceRepository sources,
                   FundingStates states, ApplicationEventPublisher events, Clock clock, FundingInserts inserts) {
        this.inserts = inserts;
        this.access = access;
        this.plans = plans;
        this.sources = sources;
        this.states = states;
        this.events = events;
        this.clock = clock;
    }

    /** One source's planned and completed money for a project, in yuan. */
    public record FundingLine(FundingSourceRow source, BigDecimal planned, BigDecimal completed) {
    }

    /**
     * A project's money: a line per source that is active or has money, the totals, 投资完成率 (completed ÷ planned,
     * in percent, one decimal, null without a plan), and whether the user may change it.
     */
    public record ProjectFunding(long projectId, String code, String name, ProjectStatus status, boolean mayWrite,
                                 List<FundingLine> lines, BigDecimal planned, BigDecimal completed) {

        public BigDecimal rate() {
            return FundingService.rate(completed, planned);
        }
    }

    @Transactional(readOnly = true)
    public ProjectFunding overview(long projectId) {
        FundingAccess.Target target = access.read(projectId);
        Map<Long, SourceState> bySource = states.of(List.of(projectId)).getOrDefault(projectId, List.of()).stream()
                .collect(Collectors.toMap(SourceState::sourceId, Function.identity()));
        List<FundingLine> lines = sources.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(s -> !s.isRetired() || bySource.containsKey(s.getId()))
                .map(s -> {
                    SourceState state = bySource.getOrDefault(s.getId(), SourceState.empty(s.getId()));
                    return new FundingLine(s.row(), state.planned(), state.completed());
                }).toList();
        return new ProjectFunding(projectId, target.project().code(), target.project().name(),
                target.project().status(), target.mayWrite(), lines,
                lines.stream().map(FundingLine::planned).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(FundingLine::completed).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Sets the project's planned investment from one source (0 takes it out of the plan). Writing the same amount
     * again changes nothing and announces nothing.
     */
    @Transactional
    public void setPlan(long projectId, long sourceId, BigDecimal amount) {
        FundingAccess.Target target = access.write(projectId);
        BigDecimal checked = Money.checked(amount, false);
        FundingSource source = sources.findById(sourceId).orElseThrow(
                () -> new DomainException("funding.error.unknownSource"));
        FundingPlanLine line = plans.findByProjectIdAndSourceId(projectId, sourceId).orElse(null);
        if (line == null && source.isRetired()) {
            throw new DomainException("funding.error.retiredSource", source.getCode());
        }
        if (line != null && line.getAmount().compareTo(checked) == 0) {
            return;
        }
        SourceState before = states.of(projectId, sourceId);
        boolean created = line == null;
        if (created) {
            line = new FundingPlanLine(projectId, sourceId);
        }
        Map<String, String> was = snapshot(line);
        line.set(checked, target.actor().username(), clock.instant());
        line = plans.saveAndFlush(line);
        events.publishEvent(created ? EntityChanged.created(ENTITY, line.getId(), snapshot(line))
                : EntityChanged.updated(ENTITY, line.getId(), "UPDATE", was, snapshot(line)));
        events.publishEvent(new InvestmentChanged(projectId, List.of(before), List.of(before.withPlanned(checked))));
    }

    /**
     * Plans the investment of many projects at once where they have no plan from the source yet (an import's new
     * projects): amounts by source by project, each checked as {@link #setPlan} checks one; 0 plans nothing. Written
     * with a JDBC batch (a source planned already for a project refuses the whole batch on its unique key), announced
     * in one {@link InvestmentChangedBatch}, and not audited one by one: the caller records the batch in one entry
     * (decision 0021). Returns how many plan lines were written.
     */
    @Transactional
    public int planAll(Map<Long, Map<Long, BigDecimal>> amounts) {
        if (amounts.isEmpty()) {
            return 0;
        }
        Map<Long, FundingAccess.Target> targets = access.write(amounts.keySet());
        Map<Long, FundingSource> byId = sources.findAll().stream()
                .collect(Collectors.toMap(FundingSource::getId, Function.identity()));
        Instant now = clock.instant();
        List<FundingPlanLine> lines = new ArrayList<>();
        List<InvestmentChanged> changes = new ArrayList<>();
        amounts.forEach((projectId, bySource) -> {
            List<SourceState> after = new ArrayList<>();
            bySource.forEach((sourceId, amount) -> {
                BigDecimal checked = Money.checked(amount, false);
                FundingSource source = byId.get(sourceId);
                if (source == null) {
                    throw new DomainException("funding.error.unknownSource");
                }
                if (source.isRetired()) {
                    throw new DomainException("funding.error.retiredSource", source.getCode());
                }
                if (checked.signum() > 0) {
                    FundingPlanLine line = new FundingPlanLine(projectId, sourceId);
                    line.set(checked, targets.get(projectId).actor().username(), now);
                    lines.add(line);
                    after.add(SourceState.empty(sourceId).withPlanned(checked));
                }
            });
            if (!after.isEmpty()) {
                changes.add(new InvestmentChanged(projectId, after.stream().map(a -> SourceState.empty(a.sourceId()))
                        .toList(), after));
            }
        });
        inserts.insert(lines);
        events.publishEvent(new InvestmentChangedBatch(changes));
        return lines.size();
    }

    /** Completed ÷ planned in percent, rounded half up to one decimal; null when nothing is planned. */
    public static BigDecimal rate(BigDecimal completed, BigDecimal planned) {
        return planned == null || planned.signum() == 0 ? null
                : completed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
    }

    private static Map<String, String> snapshot(FundingPlanLine line) {
        return Snapshot.of().put("projectId", line.getProjectId()).put("sourceId", line.getSourceId())
                .put("amount", line.getAmount()).toMap();
    }
}
