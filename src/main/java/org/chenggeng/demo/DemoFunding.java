package org.chenggeng.demo;

import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.funding.InvestmentLedger;
import org.chenggeng.plan.PlanFigures;
import org.chenggeng.plan.PlanSamples;
import org.chenggeng.region.RegionService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sample money and annual plans (the street's report gives no investment figures, so these are invented, and the
 * plans are marked as sample data): each project's funding plan by source, its investment completed spread evenly
 * over its working months through the real ledger, and the annual plans from 2022 to 2026: the district's for its
 * streets, the city's for the district, and for 2025 and 2026 the streets' for the communities with projects of the
 * year (the rows of a street's statistics form), so that the screens, which open on 2026, show rates against plan.
 * 月牙河街's 2024 plan counts 1 950 households where the two projects started have 1 983, so its start rate by
 * households reads 101.7 %.
 */
@Component
class DemoFunding {

    private static final String DISTRICT = "河东区住房和城乡建设委员会（示例）";
    private static final String CITY = "天津市住房和城乡建设委员会（示例）";
    private static final String STREET = "月牙河街道办事处（示例）";

    private final FundingSourceService sources;
    private final FundingService funding;
    private final InvestmentLedger ledger;
    private final PlanSamples plans;
    private final RegionService regions;

    DemoFunding(FundingSourceService sources, FundingService funding, InvestmentLedger ledger, PlanSamples plans,
                RegionService regions) {
        this.sources = sources;
        this.funding = funding;
        this.ledger = ledger;
        this.plans = plans;
        this.regions = regions;
    }

    /** A source's planned amount and what of it was spent, evenly over the months from {@code first} to {@code last}. */
    private record Money(String source, String planned, String spent) {
    }

    void seed(Map<String, Long> projectIds) {
        Map<String, Long> source = sources.active().stream()
                .collect(Collectors.toMap(FundingSourceRow::code, FundingSourceRow::id));
        project(projectIds.get("YYH-2022-01"), source, YearMonth.of(2022, 4), YearMonth.of(2022, 11),
                new Money("CENTRAL", "12000000", "12000000"), new Money("PROVINCIAL", "4000000", "4000000"),
                new Money("LOCAL_FISCAL", "9600000", "9350000"), new Money("SPECIAL_BONDS", "8000000", "8000000"),
                new Money("SOCIAL_CAPITAL", "2000000", "1800000"), new Money("RESIDENTS", "600000", "600000"),
                new Money("UTILITIES", "2400000", "2100000"));
        project(projectIds.get("YYH-2023-01"), source, YearMonth.of(2023, 4), YearMonth.of(2023, 12),
                new Money("CENTRAL", "8000000", "8000000"), new Money("PROVINCIAL", "3000000", "3000000"),
                new Money("LOCAL_FISCAL", "9500000", "8900000"), new Money("SPECIAL_BONDS", "4000000", "4000000"));
        project(projectIds.get("YYH-2023-02"), source, YearMonth.of(2023, 3), YearMonth.of(2023, 9),
                new Money("LOCAL_FISCAL", "5800000", "5800000"), new Money("UTILITIES", "4000000", "4000000"));
        project(projectIds.get("YYH-2024-01"), source, YearMonth.of(2024, 5), YearMonth.of(2025, 10),
                new Money("CENTRAL", "6000000", "4200000"), new Money("LOCAL_FISCAL", "6200000", "3600000"),
                new Money("SPECIAL_BONDS", "3000000", "1500000"));
        project(projectIds.get("YYH-2024-02"), source, YearMonth.of(2024, 9), YearMonth.of(2025, 8),
                new Money("PROVINCIAL", "1600000", "800000"), new Money("LOCAL_FISCAL", "3200000", "1600000"),
                new Money("RESIDENTS", "1600000", "500000"));
        project(projectIds.get("YYH-2025-01"), source, YearMonth.of(2025, 9), YearMonth.of(2025, 12),
                new Money("CENTRAL", "10000000", "1200000"), new Money("SPECIAL_BONDS", "12000000", "0"),
                new Money("LOCAL_FISCAL", "7200000", "0"), new Money("SOCIAL_CAPITAL", "2000000", "0"));
        project(projectIds.get("DWZ-2025-01"), source, YearMonth.of(2025, 4), YearMonth.of(2025, 12),
                new Money("LOCAL_FISCAL", "5700000", "2400000"), new Money("UTILITIES", "3000000", "900000"));
        annualPlans();
    }

    private void project(Long projectId, Map<String, Long> source, YearMonth first, YearMonth last, Money... money) {
        int months = (last.getYear() - first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue() + 1;
        for (Money m : money) {
            long sourceId = source.get(m.source());
            funding.setPlan(projectId, sourceId, new BigDecimal(m.planned()));
            BigDecimal spent = new BigDecimal(m.spent());
            BigDecimal each = spent.divide(BigDecimal.valueOf(months), 0, RoundingMode.DOWN);
            for (int i = 0; i < months && spent.signum() > 0; i++) {
                BigDecimal amount = i == months - 1 ? spent.subtract(each.multiply(BigDecimal.valueOf(months - 1L))) : each;
                ledger.record(new InvestmentLedger.InvestmentRequest(projectId, sourceId, first.plusMonths(i), amount,
                        "示例数据"));
            }
        }
    }

    private void annualPlans() {
        Map<String, Long> region = regions.all().stream()
                .collect(Collectors.toMap(RegionService.RegionNode::name, RegionService.RegionNode::id, (a, b) -> a));
        long street = region.get("月牙河街");
        plans.plan(street, 2022, figures(1, 1632, 26, "98560", "38600000"), DISTRICT);
        plans.plan(street, 2023, figures(2, 2520, 41, "151170", "34300000"), DISTRICT);
        plans.plan(street, 2024, figures(2, 1950, 32, "116000", "21600000"), DISTRICT);
        plans.plan(street, 2025, figures(2, 3300, 52, "200000", "40000000"), DISTRICT);
        plans.plan(region.get("大王庄街"), 2025, figures(1, 1290, 21, "74600", "8700000"), DISTRICT);
        plans.plan(region.get("河东区"), 2025, figures(3, 4590, 73, "274600", "48700000"), CITY);
        plans.plan(region.get("万新社区"), 2025, figures(1, 2040, 30, "126900", "31200000"), STREET);
        plans.plan(region.get("程林社区"), 2025, figures(1, 1560, 24, "95480", "12800000"), STREET);
        plans.plan(region.get("大王庄社区"), 2025, figures(1, 1290, 21, "74600", "8700000"), "大王庄街道办事处（示例）");
        plans.plan(street, 2026, figures(4, 4804, 76, "282880.5", "18600000"), DISTRICT);
        plans.plan(region.get("河东区"), 2026, figures(4, 4804, 76, "282880.5", "18600000"), CITY);
        plans.plan(region.get("丽苑社区"), 2026, figures(1, 1820, 28, "110300", "12320000"), STREET);
        plans.plan(region.get("鲁山道社区"), 2026, figures(1, 1008, 16, "60110", "3100000"), STREET);
        plans.plan(region.get("大桥道社区"), 2026, figures(1, 872, 14, "50240", "2500000"), STREET);
        plans.plan(region.get("靖江里社区"), 2026, figures(1, 1104, 18, "61230.5", "680000"), STREET);
    }

    private static PlanFigures figures(int compounds, int households, int buildings, String area, String investment) {
        return new PlanFigures(compounds, households, buildings, new BigDecimal(area), new BigDecimal(investment));
    }
}
