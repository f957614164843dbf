package org.chenggeng.reporting;

import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.region.CompoundService;
import org.chenggeng.summary.InvestmentReadService;
import org.chenggeng.summary.RollupReadService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dashboard's money from the summary tables ({@link InvestmentReadService}) and its compounds' floor area. */
@Component
class DashboardMoney {

    private final InvestmentReadService investment;
    private final FundingSourceService sources;
    private final CompoundService compounds;

    DashboardMoney(InvestmentReadService investment, FundingSourceService sources, CompoundService compounds) {
        this.investment = investment;
        this.sources = sources;
        this.compounds = compounds;
    }

    /** The money of the slice's projects, which the dashboard has read and scope-checked for the filter. */
    MoneyFigures of(ProjectFilter filter, RollupReadService.Slice slice) {
        BigDecimal area = compounds.byIds(slice.compounds().keySet()).stream().map(CompoundService.CompoundRow::floorArea)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        InvestmentReadService.InvestmentTotals totals = investment.totals(slice, filter, null, null);
        Map<Long, FundingSourceRow> byId = sources.all().stream()
                .collect(Collectors.toMap(FundingSourceRow::id, Function.identity()));
        List<MoneyFigures.SourceLine> lines = totals.sources().stream().filter(t -> byId.containsKey(t.sourceId()))
                .sorted(java.util.Comparator.comparingInt(t -> byId.get(t.sourceId()).sortOrder()))
                .map(t -> new MoneyFigures.SourceLine(byId.get(t.sourceId()), t.planned(), t.completed())).toList();
        return new MoneyFigures(area, totals.planned(), totals.completed(), lines);
    }
}
