package org.chenggeng.statistics;

import org.chenggeng.audit.AuditService;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.funding.InvestmentLedger;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.OutOfScopeException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A street submits its month as a snapshot that later corrections do not change (they show as the difference until
 * the next submission); the district returns it with a reason, accepts the resubmission, and its own form sums the
 * accepted submissions. Every step reaches the audit log; nobody else may decide.
 */
@ChenggengTest
class StatisticsSubmissionTest {

    @Autowired
    StatisticsService statistics;
    @Autowired
    InvestmentLedger ledger;
    @Autowired
    FundingSourceService sources;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    RegionService regions;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;

    private long street;
    private long district;
    private long fumin;
    private long central;

    @BeforeEach
    void setUp() throws Exception {
        as.run("admin", () -> {
            street = regions.all().stream().filter(r -> r.name().equals("月牙河街")).findFirst().orElseThrow().id();
            district = regions.all().stream().filter(r -> r.name().equals("河东区")).findFirst().orElseThrow().id();
            if (users.search("stats-district", PageRequest.of(0, 5)).isEmpty()) {
                Long id = users.create(new UserAdminService.NewUser("stats-district", "区统计员", "stats-password-1",
                        Role.OFFICIAL, district, Set.of()));
                users.resetPassword(id, "stats-password-1", false);
            }
            fumin = users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01")).findFirst()
                    .map(ScopeDirectory.ProjectChoice::id).orElseThrow();
            central = sources.active().stream().filter(s -> s.code().equals("CENTRAL")).findFirst().orElseThrow().id();
        });
    }

    private Long spend(YearMonth month, String amount) throws Exception {
        return as.as("pm", () -> ledger.record(new InvestmentLedger.InvestmentRequest(fumin, central, month,
                new BigDecimal(amount), "统计测试")));
    }

    private StatisticsService.SubmissionState state(YearMonth month) throws Exception {
        return as.as("stats-district", () -> statistics.states(district, month)).stream()
                .filter(s -> s.regionId() == street).findFirst().orElseThrow();
    }

    @Test
    void theSubmittedFiguresStayAsSentAndACorrectionShowsAsTheDifference() throws Exception {
        YearMonth month = YearMonth.of(2024, 6);
        Long entry = spend(month, "500000");
        Long id = as.as("official", () -> statistics.submit(street, month));
        StatisticsForm sent = as.as("official", () -> statistics.submitted(street, month)).orElseThrow();
        BigDecimal sentTotal = sent.total().investmentCompleted();

        as.as("pm", () -> ledger.correct(new InvestmentLedger.InvestmentCorrection(entry, new BigDecimal("420000"),
                "发票金额录错")));

        StatisticsForm after = as.as("official", () -> statistics.submitted(street, month)).orElseThrow();
        assertThat(after.total().investmentCompleted()).isEqualByComparingTo(sentTotal);
        assertThat(after).isEqualTo(sent);
        FormRow difference = as.as("official", () -> statistics.difference(street, month)).orElseThrow();
        assertThat(difference.investmentCompleted()).isEqualByComparingTo("-80000");
        assertThat(difference.completedBySource().get(central)).isEqualByComparingTo("-80000");
        assertThat(difference.compounds()).isZero();
        assertThat(jdbc.queryForObject("select figures from statistics_submission where id = ?", String.class, id))
                .contains(sentTotal.toPlainString().replaceAll("\\.0+$", ""));

        assertThatThrownBy(() -> as.run("official", () -> statistics.submit(street, month)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("statistics.error.pending");
    }

    @Test
    void theDistrictReturnsWithAReasonAcceptsTheResubmissionAndItsFormSumsTheAccepted() throws Exception {
        YearMonth month = YearMonth.of(2024, 7);
        Long first = as.as("official", () -> statistics.submit(street, month));
        assertThat(as.as("stats-district", () -> statistics.form(district, month)).missing()).contains("月牙河街");

        assertThatThrownBy(() -> as.run("stats-district", () -> statistics.giveBack(first, 0, " ")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as.run("official", () -> statistics.accept(first, 0)))
                .isInstanceOf(AccessDeniedException.class);
        as.run("stats-district", () -> statistics.giveBack(first, 0, "投资数与台账不符"));
        assertThat(state(month).status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(state(month).reason()).isEqualTo("投资数与台账不符");
        assertThatThrownBy(() -> as.run("stats-district", () -> statistics.accept(first, 1)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("statistics.error.decided");

        spend(month, "250000");
        Long second = as.as("official", () -> statistics.submit(street, month));
        as.run("stats-district", () -> statistics.accept(second, 0));

        StatisticsService.SubmissionState now = state(month);
        assertThat(now.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(now.submissionId()).isEqualTo(second);
        assertThat(now.late()).isTrue();
        StatisticsForm streetForm = as.as("official", () -> statistics.submitted(street, month)).orElseThrow();
        StatisticsForm districtForm = as.as("stats-district", () -> statistics.form(district, month));
        FormRow streetRow = districtForm.rows().stream().filter(r -> r.regionId() == street).findFirst().orElseThrow();
        assertThat(streetRow).isEqualTo(streetForm.total());
        assertThat(districtForm.missing()).doesNotContain("月牙河街").contains("大王庄街");
        assertThat(as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null, "STATISTICS_SUBMISSION",
                null, null, null), PageRequest.of(0, 50)))).extracting(AuditService.AuditRow::entityId)
                .contains(String.valueOf(first), String.valueOf(second));
    }

    @Test
    void onlyTheRegionsOwnOfficialSubmitsAndOtherRegionsAreOutOfSight() throws Exception {
        YearMonth month = YearMonth.of(2024, 8);
        assertThatThrownBy(() -> as.run("stats-district", () -> statistics.submit(street, month)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("official", () -> statistics.form(district, month)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.run("official", () -> statistics.submit(street, YearMonth.now().plusMonths(1))))
                .isInstanceOf(DomainException.class);
        assertThat(as.as("stats-district", () -> statistics.states(district, month)))
                .anySatisfy(s -> assertThat(s.missing()).isTrue());
    }

    @Test
    void theTotalIsTheSumOfTheRowsAndTheLedgerAddsUpToTheSameInvestment() throws Exception {
        spend(YearMonth.of(2024, 5), "123456.78");
        spend(YearMonth.of(2024, 9), "1000");
        for (YearMonth month : new YearMonth[] {YearMonth.of(2024, 5), YearMonth.of(2024, 9), YearMonth.of(2025, 3)}) {
            StatisticsForm form = as.as("official", () -> statistics.form(street, month));
            FormRow sum = FormRow.empty(street, "");
            for (FormRow row : form.rows()) {
                sum = sum.plus(row, street, "");
                BigDecimal brute = jdbc.queryForObject("select coalesce(sum(e.amount), 0) from investment_entry e "
                        + "where e.entry_month <= ? and e.project_id in (select p.id from project p "
                        + "join project_compound pc on pc.project_id = p.id join compound c on c.id = pc.compound_id "
                        + "where p.project_year = ? and c.community_id = ?)", BigDecimal.class,
                        month.getYear() * 100 + month.getMonthValue(), month.getYear(), row.regionId());
                assertThat(row.investmentCompleted()).as(row.name() + " " + month).isEqualByComparingTo(brute);
            }
            BigDecimal lifts = jdbc.queryForObject("select coalesce(sum(e.quantity), 0) from progress_entry e "
                    + "join work_item i on i.id = e.work_item_id join work_type t on t.id = i.work_type_id "
                    + "where t.code = 'ELEVATOR' and i.retired = false and e.work_date <= ? and i.project_id in "
                    + "(select distinct p.id from project p join project_compound pc on pc.project_id = p.id "
                    + "join compound c on c.id = pc.compound_id join region r on r.id = c.community_id "
                    + "where p.project_year = ? and r.parent_id = ?)", BigDecimal.class,
                    java.sql.Date.valueOf(month.atEndOfMonth()), month.getYear(), street);
            assertThat(form.total().quantity(KeyQuantity.ELEVATORS)).as("lifts " + month).isEqualByComparingTo(lifts);
            assertThat(form.total().quantity(KeyQuantity.PIPELINES))
                    .isEqualByComparingTo(sum.quantity(KeyQuantity.PIPELINES));
            assertThat(form.total().households()).isEqualTo(sum.households());
            assertThat(form.total().compoundsStarted()).isEqualTo(sum.compoundsStarted());
            assertThat(form.total().investmentCompleted()).isEqualByComparingTo(sum.investmentCompleted());
            assertThat(form.total().floorArea()).isEqualByComparingTo(sum.floorArea());
            assertThat(form.rows()).hasSizeGreaterThan(10);
            if (month.getYear() == 2024) {
                assertThat(form.total().investmentCompleted()).isGreaterThanOrEqualTo(new BigDecimal("123456.78"));
            }
        }
    }
}
