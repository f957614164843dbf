package org.chenggeng.reporting;

import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.InvestmentLedger;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.region.RegionService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the report carry the money and the size of the programme: planned and completed investment as
 * the ledgers have them, by source, the floor area, and the sentence that opens the narrative.
 */
@ChenggengTest
class ReportMoneyTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    ReportService reports;
    @Autowired
    ProjectQueries projects;
    @Autowired
    FundingService funding;
    @Autowired
    InvestmentLedger ledger;
    @Autowired
    RegionService regions;
    @Autowired
    MessageSource messages;
    @Autowired
    TestUsers as;

    private BigDecimal[] bruteForce(ProjectFilter filter) throws Exception {
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        for (ProjectRow p : as.as("official", () -> projects.all(filter))) {
            planned = planned.add(as.as("official", () -> funding.overview(p.id())).planned());
            for (var e : as.as("official", () -> ledger.ledger(p.id()))) {
                completed = completed.add(e.amount());
            }
        }
        return new BigDecimal[]{planned, completed};
    }

    @Test
    void theDashboardsMoneyIsTheLedgersAndItsFloorAreaTheCompounds() throws Exception {
        long street = as.as("official", () -> regions.all().stream().filter(r -> r.name().equals("月牙河街"))
                .findFirst().orElseThrow().id());
        ProjectFilter filter = new ProjectFilter(null, null, 2024, street, null);
        MoneyFigures money = as.as("official", () -> dashboards.dashboard(filter)).money();
        BigDecimal[] brute = bruteForce(filter);
        assertThat(money.planned()).isEqualByComparingTo(brute[0]);
        assertThat(money.completed()).isEqualByComparingTo(brute[1]);
        assertThat(money.sources()).isNotEmpty();
        assertThat(money.floorArea()).isEqualByComparingTo("115970.00");
    }

    @Test
    void anOfficialsDashboardCountsTheMoneyOfTheirOwnRegionOnly() throws Exception {
        long other = as.as("admin", () -> regions.all().stream().filter(r -> r.name().equals("大王庄街"))
                .findFirst().orElseThrow().id());
        MoneyFigures own = as.as("official", () -> dashboards.dashboard(ProjectFilter.none())).money();
        BigDecimal[] brute = bruteForce(ProjectFilter.none());
        assertThat(own.planned()).isEqualByComparingTo(brute[0]);
        assertThat(own.completed()).isEqualByComparingTo(brute[1]);
        MoneyFigures everything = as.as("admin", () -> dashboards.dashboard(ProjectFilter.none())).money();
        MoneyFigures otherStreet = as.as("admin", () -> dashboards.dashboard(
                new ProjectFilter(null, null, null, other, null))).money();
        assertThat(otherStreet.planned()).isPositive();
        assertThat(own.planned().add(otherStreet.planned())).isLessThanOrEqualTo(everything.planned());
        MoneyFigures askedOutside = as.as("official", () -> dashboards.dashboard(
                new ProjectFilter(null, null, null, other, null))).money();
        assertThat(askedOutside.planned()).isEqualByComparingTo("0");
        assertThat(askedOutside.completed()).isEqualByComparingTo("0");
        assertThat(askedOutside.sources()).isEmpty();
    }

    @Test
    void aStreetsReportOpensWithItsScopeInTheOfficialsFormAndListsTheMoneyBySource() throws Exception {
        long street = as.as("official", () -> regions.all().stream().filter(r -> r.name().equals("月牙河街"))
                .findFirst().orElseThrow().id());
        Report report = as.as("official", () -> reports.report(new ReportRequest(
                new ProjectFilter(null, null, 2022, street, null), null, Period.all(), false), Locale.SIMPLIFIED_CHINESE));
        assertThat(report.extent().opening())
                .isEqualTo("共实施老旧小区改造项目1个，涉及居民1632户、建筑面积9.86万平方米，总投资约3860万元。");
        assertThat(report.extent().investment().completed()).isEqualByComparingTo(bruteForce(
                new ProjectFilter(null, null, 2022, street, null))[1]);
        ReportContent content = ReportContent.of(report, messages, java.time.ZoneId.systemDefault());
        assertThat(content.narrative().paragraph()).startsWith(report.extent().opening() + "更新改造中共治理社区外露线网1742米");
        assertThat(content.headline().table().rows()).anySatisfy(r -> assertThat(r.cells().get(0))
                .isEqualTo("其中：中央补助资金"));
        Report english = as.as("official", () -> reports.report(new ReportRequest(
                new ProjectFilter(null, null, 2022, street, null), null, Period.all(), false), Locale.ENGLISH));
        assertThat(english.extent().opening()).isEqualTo("1 old-compound renovation projects in all, for 1,632 "
                + "households and 98,560 m² of floor area, with a total investment of about CNY 38.6 million.");
    }

    @Test
    void aReportOfOneProjectHasNoOpeningSoTheSentenceStaysTheStreetsOwn() throws Exception {
        long pilot = as.as("official", () -> projects.all(new ProjectFilter("YYH-2022-01", null, null, null, null))
                .getFirst().id());
        Report report = as.as("official", () -> reports.report(ReportRequest.project(pilot, Period.year(2022)),
                Locale.SIMPLIFIED_CHINESE));
        assertThat(report.extent().opening()).isNull();
        assertThat(report.extent().investment().completedInPeriod()).isEqualByComparingTo("37850000");
        assertThat(report.extent().investment().rate()).isEqualByComparingTo("98.1");
    }
}
