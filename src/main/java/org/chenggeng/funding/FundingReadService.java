package org.chenggeng.funding;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Planned and completed investment of a set of projects, per source, for reports. */
@Service
@PreAuthorize("isAuthenticated()")
public class FundingReadService {

    private final FundingStates states;
    private final FundingSourceService sources;

    FundingReadService(FundingStates states, FundingSourceService sources) {
        this.states = states;
        this.sources = sources;
    }

    /** A source's money (元): planned, completed to date, and completed in the period asked for. */
    public record SourceFigure(FundingSourceRow source, BigDecimal planned, BigDecimal completed,
                               BigDecimal completedInPeriod) {

        public BigDecimal rate() {
            return FundingService.rate(completed, planned);
        }
    }

    /** The sources with money, in list order, and their sums. */
    public record Investment(List<SourceFigure> sources) {

        public static final Investment NONE = new Investment(List.of());

        public BigDecimal planned() {
            return sources.stream().map(SourceFigure::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal completed() {
            return sources.stream().map(SourceFigure::completed).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal completedInPeriod() {
            return sources.stream().map(SourceFigure::completedInPeriod).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** 投资完成率: completed to date ÷ planned, percent, one decimal; null without a plan. */
        public BigDecimal rate() {
            return FundingService.rate(completed(), planned());
        }
    }

    /**
     * The money of the given projects; {@code from} and {@code to} (optional) bound the period by its months. The
     * projects must come from {@code ProjectQueries} for the same user, which applied the scope.
     */
    @Transactional(readOnly = true)
    public Investment totals(Collection<Long> projectIds, LocalDate from, LocalDate to) {
        YearMonth first = from == null ? null : YearMonth.from(from);
        YearMonth last = to == null ? null : YearMonth.from(to);
        Map<Long, BigDecimal[]> bySource = new TreeMap<>();
        for (List<SourceState> project : states.of(projectIds).values()) {
            for (SourceState s : project) {
                BigDecimal[] sums = bySource.computeIfAbsent(s.sourceId(),
                        k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(s.planned());
                sums[1] = sums[1].add(s.completed());
                for (Map.Entry<Integer, BigDecimal> m : s.completedByMonth().entrySet()) {
                    YearMonth month = InvestmentEntry.month(m.getKey());
                    if ((first == null || !month.isBefore(first)) && (last == null || !month.isAfter(last))) {
                        sums[2] = sums[2].add(m.getValue());
                    }
                }
            }
        }
        List<SourceFigure> figures = new ArrayList<>();
        for (FundingSourceRow source : sources.all()) {
            BigDecimal[] sums = bySource.get(source.id());
            if (sums != null && (sums[0].signum() != 0 || sums[1].signum() != 0 || sums[2].signum() != 0)) {
                figures.add(new SourceFigure(source, sums[0], sums[1], sums[2]));
            }
        }
        return new Investment(figures);
    }
}
