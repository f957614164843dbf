package org.chenggeng.reporting;

import org.chenggeng.funding.FundingReadService;
import org.chenggeng.funding.FundingReadService.Investment;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.region.CompoundService;
import org.chenggeng.shared.Magnitudes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How large a report's programme is: the buildings and floor area of its compounds (each compound once), its money by
 * source, and the sentence officials open a report with (共实施老旧小区改造项目51个，涉及居民9628户、建筑面积94.3万平方米，
 * 总投资约8700万元。), figures in 万 and 亿 by {@link Magnitudes}. The total investment is the funding plans' sum, or
 * where no project has a funding plan the projects' budgets.
 */
@Component
class ReportExtent {

    private final CompoundService compounds;
    private final FundingReadService funding;
    private final MessageSource messages;

    ReportExtent(CompoundService compounds, FundingReadService funding, MessageSource messages) {
        this.compounds = compounds;
        this.funding = funding;
        this.messages = messages;
    }

    Report.Extent of(ReportRequest request, List<ProjectRow> projects, Report.Headline headline, Locale locale) {
        Set<Long> compoundIds = new HashSet<>();
        projects.forEach(p -> compoundIds.addAll(p.compoundIds()));
        int buildings = 0;
        BigDecimal area = BigDecimal.ZERO;
        for (CompoundService.CompoundRow c : compounds.byIds(compoundIds)) {
            buildings += c.buildings();
            area = area.add(c.floorArea() == null ? BigDecimal.ZERO : c.floorArea());
        }
        Investment investment = funding.totals(projects.stream().map(ProjectRow::id).toList(),
                request.period().from(), request.period().to());
        String opening = request.projectId() != null || projects.isEmpty() ? null
                : opening(headline, area, total(investment, projects), locale);
        return new Report.Extent(buildings, area, investment, opening);
    }

    static BigDecimal total(Investment investment, List<ProjectRow> projects) {
        if (investment.planned().signum() > 0) {
            return investment.planned();
        }
        return projects.stream().map(ProjectRow::budget).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    String opening(Report.Headline h, BigDecimal area, BigDecimal investment, Locale locale) {
        String households = Magnitudes.households(h.households(), locale);
        String floorArea = Magnitudes.area(area, locale);
        return investment.signum() > 0
                ? messages.getMessage("report.opening.withInvestment", new Object[]{h.projects(), households, floorArea,
                Magnitudes.money(investment, locale)}, locale)
                : messages.getMessage("report.opening", new Object[]{h.projects(), households, floorArea}, locale);
    }
}
