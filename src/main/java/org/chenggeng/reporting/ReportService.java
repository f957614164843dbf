package org.chenggeng.reporting;

import org.chenggeng.consultation.ConsultationReadService;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressReadService.ItemTotal;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the report for a scope and period from the modules' read services, each of which applies the signed-in
 * user's scope: quantities by work type (and so by section and category), the narrative sentence, headline figures,
 * the consultation summary, each project's inspections, issues, acceptance and hand-over (as they stand today, not as
 * at the period's end: an issue is overdue or closed now), and one row per project.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportService {

    private static final Set<ProjectStatus> STARTED = EnumSet.of(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED,
            ProjectStatus.ACCEPTED, ProjectStatus.HANDED_OVER);
    private static final Set<ProjectStatus> COMPLETED = EnumSet.of(ProjectStatus.COMPLETED, ProjectStatus.ACCEPTED,
            ProjectStatus.HANDED_OVER);

    private final ScopeData scope;
    private final CompoundService compounds;
    private final RegionService regions;
    private final ConsultationReadService consultation;
    private final MessageSource messages;
    private final Clock clock;
    private final ReportExtent extent;
    private final org.chenggeng.inspection.InspectionReadService inspections;

    ReportService(ScopeData scope, CompoundService compounds, RegionService regions,
                  ConsultationReadService consultation, MessageSource messages, Clock clock, ReportExtent extent,
                  org.chenggeng.inspection.InspectionReadService inspections) {
        this.inspections = inspections;
        this.extent = extent;
        this.scope = scope;
        this.compounds = compounds;
        this.regions = regions;
        this.consultation = consultation;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Report report(ReportRequest request, Locale locale) {
        ScopeData.Loaded data = scope.load(request);
        List<Report.TypeFigure> figures = byType(data);
        String narrative = Narrative.write(figures.stream()
                        .map(f -> new Narrative.Line(f.type(), f.completed())).toList(), locale,
                new Narrative.Lead(text("report.narrative.lead", locale), text("report.narrative.leadVerbSaid", locale)),
                text(request.narrative().endsWithEtc() ? "report.narrative.end"
                        : "report.narrative.endComplete", locale), request.tenThousands(), request.narrative());
        if (request.narrative().acceptance()) {
            String closing = closing(inspections.closing(data.projectIds()), request.projectId() != null, locale);
            narrative = closing == null ? narrative : narrative == null ? closing : narrative + closing;
        }
        Map<Long, List<ItemTotal>> itemsByProject = data.itemsByProject();
        List<Report.ProjectFigure> appendix = data.projects().stream().map(p -> new Report.ProjectFigure(p.id(),
                p.code(), p.name(), p.year(), p.status(), p.communities(), p.households(),
                ProgressReadService.completion(itemsByProject.getOrDefault(p.id(), List.of())))).toList();
        Report.Headline headline = headline(data.projects());
        return new Report(request, locale, scope(request, data.projects(), locale), clock.instant(), headline,
                narrative, figures, consultation.figures(data.projectIds()), appendix,
                extent.of(request, data.projects(), headline, locale),
                inspections.endings(appendix.stream().map(Report.ProjectFigure::id).toList()));
    }

    /** Planned and completed (in the period) per work type, in the report's order: section, then catalogue order. */
    static List<Report.TypeFigure> byType(ScopeData.Loaded data) {
        Map<Long, Report.TypeFigure> byType = new LinkedHashMap<>();
        for (ItemTotal i : data.items()) {
            WorkTypeRow t = data.catalogue().get(i.workTypeId());
            byType.merge(t.id(), new Report.TypeFigure(t.data(), 1, i.planned(), i.completedInPeriod()),
                    (a, b) -> new Report.TypeFigure(a.type(), a.items() + 1, a.planned().add(b.planned()),
                            a.completed().add(b.completed())));
        }
        return byType.values().stream()
                .sorted(Comparator.comparing((Report.TypeFigure f) -> f.type().section())
                        .thenComparingInt(f -> f.type().sortOrder()).thenComparing(f -> f.type().code()))
                .toList();
    }

    /**
     * The sentence on acceptance and rectification after the narrative: for one project 已完成竣工验收，整改问题N项全部销号
     * (or how many of them are closed), for a region how many projects passed it; none when there is nothing to say.
     */
    String closing(org.chenggeng.inspection.InspectionReadService.Closing c, boolean oneProject, Locale locale) {
        String raised = String.valueOf(c.raised());
        String issues = c.raised() == 0 ? null : c.closed() == c.raised()
                ? text("report.narrative.issuesAllClosed", locale, raised)
                : text("report.narrative.issuesClosed", locale, raised, String.valueOf(c.closed()));
        if (c.completionPassed() == 0) {
            return issues == null ? null : text("report.narrative.issuesOnly", locale, issues);
        }
        String passed = String.valueOf(c.completionPassed());
        if (issues == null) {
            return oneProject ? text("report.narrative.acceptedOne", locale)
                    : text("report.narrative.acceptedMany", locale, passed);
        }
        return oneProject ? text("report.narrative.acceptedOneIssues", locale, issues)
                : text("report.narrative.acceptedManyIssues", locale, passed, issues);
    }

    /** Households count once per compound, however many projects renew it. */
    Report.Headline headline(List<ProjectRow> rows) {
        Map<ProjectStatus, Integer> byStatus = new EnumMap<>(ProjectStatus.class);
        Map<Long, Set<ProjectStatus>> compoundStatuses = new HashMap<>();
        for (ProjectRow p : rows) {
            byStatus.merge(p.status(), 1, Integer::sum);
            p.compoundIds().forEach(c -> compoundStatuses.computeIfAbsent(c, k -> EnumSet.noneOf(ProjectStatus.class))
                    .add(p.status()));
        }
        return headline(byStatus, compoundStatuses);
    }

    /**
     * Headline figures from the number of projects per status and the statuses of the projects renewing each
     * compound. Households count once per compound, however many projects renew it.
     */
    Report.Headline headline(Map<ProjectStatus, Integer> byStatus, Map<Long, Set<ProjectStatus>> compoundStatuses) {
        Map<Long, Integer> households = compounds.households(compoundStatuses.keySet());
        int all = 0;
        int started = 0;
        int completed = 0;
        for (Map.Entry<Long, Set<ProjectStatus>> c : compoundStatuses.entrySet()) {
            int h = households.getOrDefault(c.getKey(), 0);
            all += h;
            started += c.getValue().stream().anyMatch(STARTED::contains) ? h : 0;
            completed += c.getValue().stream().anyMatch(COMPLETED::contains) ? h : 0;
        }
        Function<Set<ProjectStatus>, Integer> count = statuses -> byStatus.entrySet().stream()
                .filter(e -> statuses.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        return new Report.Headline(byStatus.values().stream().mapToInt(Integer::intValue).sum(),
                compoundStatuses.size(), all, count.apply(STARTED), count.apply(COMPLETED), started, completed);
    }

    private String scope(ReportRequest request, List<ProjectRow> rows, Locale locale) {
        if (request.projectId() != null && !rows.isEmpty()) {
            return rows.getFirst().code() + " " + rows.getFirst().name();
        }
        List<String> parts = new ArrayList<>();
        if (request.filter().communityId() != null) {
            parts.add(regions.paths().getOrDefault(request.filter().communityId(), ""));
        } else {
            parts.add(text("report.scope.all", locale));
        }
        if (request.filter().year() != null) {
            parts.add(text("report.scope.year", locale, request.filter().year()));
        }
        if (request.filter().status() != null) {
            parts.add(text(request.filter().status().labelKey(), locale));
        }
        return String.join(" · ", parts);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
