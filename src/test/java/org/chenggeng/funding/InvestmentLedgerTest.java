package org.chenggeng.funding;

import org.chenggeng.funding.InvestmentLedger.InvestmentCorrection;
import org.chenggeng.funding.InvestmentLedger.InvestmentRequest;
import org.chenggeng.funding.InvestmentLedger.InvestmentRow;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.OutOfScopeException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.PeriodLockService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The investment ledger's rules: append-only, corrections, month locks, and who may write, each refusal changing nothing. */
@ChenggengTest
class InvestmentLedgerTest {

    @Autowired
    InvestmentLedger ledger;
    @Autowired
    FundingService funding;
    @Autowired
    FundingSourceService sources;
    @Autowired
    PeriodLockService locks;
    @Autowired
    InvestmentEntryRepository entries;
    @Autowired
    FundingFixture fixture;
    @Autowired
    TestUsers as;

    private long fumin;
    private long central;

    @BeforeEach
    void setUp() throws Exception {
        fixture.otherStreetOfficial();
        fumin = fixture.project("YYH-2024-01");
        central = as.as("admin", () -> sources.active().stream().filter(s -> s.code().equals("CENTRAL")).findFirst()
                .orElseThrow().id());
    }

    private BigDecimal completed() throws Exception {
        return as.as("pm", () -> funding.overview(fumin)).lines().stream()
                .filter(l -> l.source().id() == central).findFirst().orElseThrow().completed();
    }

    private Long record(String user, YearMonth month, String amount) throws Exception {
        return as.as(user, () -> ledger.record(new InvestmentRequest(fumin, central, month, new BigDecimal(amount),
                "测试")));
    }

    private void assertRefused(String user, TestUsers.ThrowingRunnable action, String key) throws Exception {
        BigDecimal before = completed();
        long count = entries.count();
        assertThatThrownBy(() -> as.run(user, action)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
        assertThat(completed()).isEqualByComparingTo(before);
        assertThat(entries.count()).isEqualTo(count);
    }

    @Test
    void entriesAddUpAndACorrectionAppendsTheDifferenceWithItsReason() throws Exception {
        BigDecimal before = completed();
        YearMonth month = YearMonth.now().minusMonths(1);
        Long first = record("pm", month, "1200000.50");
        record("official", month, "300000");
        assertThat(completed()).isEqualByComparingTo(before.add(new BigDecimal("1500000.50")));

        Long correction = as.as("pm", () -> ledger.correct(new InvestmentCorrection(first, new BigDecimal("1000000"),
                "发票金额录错")));

        assertThat(completed()).isEqualByComparingTo(before.add(new BigDecimal("1300000")));
        List<InvestmentRow> rows = as.as("pm", () -> ledger.ledger(fumin));
        InvestmentRow original = rows.stream().filter(r -> r.id().equals(first)).findFirst().orElseThrow();
        InvestmentRow fix = rows.stream().filter(r -> r.id().equals(correction)).findFirst().orElseThrow();
        assertThat(original.amount()).isEqualByComparingTo("1200000.50");
        assertThat(original.counted()).isEqualByComparingTo("1000000");
        assertThat(fix.amount()).isEqualByComparingTo("-200000.50");
        assertThat(fix.correctsId()).isEqualTo(first);
        assertThat(fix.reason()).isEqualTo("发票金额录错");
        assertThat(fix.month()).isEqualTo(month);
    }

    @Test
    void badEntriesAndCorrectionsAreRefusedWithTheirReason() throws Exception {
        YearMonth month = YearMonth.now().minusMonths(1);
        assertRefused("pm", () -> ledger.record(new InvestmentRequest(fumin, central, month, new BigDecimal("1.234"),
                null)), "funding.error.amountScale");
        assertRefused("pm", () -> ledger.record(new InvestmentRequest(fumin, central, month, new BigDecimal("-5"),
                null)), "funding.error.amountRange");
        assertRefused("pm", () -> ledger.record(new InvestmentRequest(fumin, central, month, BigDecimal.ZERO, null)),
                "funding.error.amountZero");
        assertRefused("pm", () -> ledger.record(new InvestmentRequest(fumin, central, YearMonth.now().plusMonths(1),
                BigDecimal.TEN, null)), "funding.error.futureMonth");
        assertRefused("pm", () -> ledger.record(new InvestmentRequest(fumin, 999_999L, month, BigDecimal.TEN, null)),
                "funding.error.unknownSource");
        Long entry = record("pm", month, "100");
        assertRefused("pm", () -> ledger.correct(new InvestmentCorrection(entry, new BigDecimal("80"), " ")),
                "funding.error.reasonRequired");
        assertRefused("pm", () -> ledger.correct(new InvestmentCorrection(entry, new BigDecimal("100"), "无")),
                "funding.error.sameAmount");
        Long fix = as.as("pm", () -> ledger.correct(new InvestmentCorrection(entry, new BigDecimal("80"), "多记")));
        assertRefused("pm", () -> ledger.correct(new InvestmentCorrection(fix, new BigDecimal("70"), "再改")),
                "funding.error.correctCorrection");
    }

    @Test
    void aLockedMonthRefusesEntriesAndCorrectionsWithAClearMessageUntilUnlocked() throws Exception {
        YearMonth month = YearMonth.now().minusMonths(2);
        Long entry = record("pm", month, "5000");
        Long street = as.as("official", () -> locks.lockableRegions().stream()
                .filter(r -> r.name().equals("月牙河街")).findFirst().orElseThrow().id());
        as.run("official", () -> locks.lock(street, month));
        try {
            assertRefused("pm", () -> ledger.record(new InvestmentRequest(fumin, central, month, BigDecimal.TEN,
                    null)), "funding.error.monthLocked");
            assertRefused("pm", () -> ledger.correct(new InvestmentCorrection(entry, new BigDecimal("4000"), "错")),
                    "funding.error.monthLocked");
            assertThat(as.as("pm", () -> ledger.ledger(fumin))).filteredOn(r -> r.id().equals(entry))
                    .extracting(InvestmentRow::locked).containsExactly(true);
        } finally {
            as.run("official", () -> locks.unlock(street, month));
        }
        as.run("pm", () -> ledger.correct(new InvestmentCorrection(entry, new BigDecimal("4000"), "错")));
        assertThat(as.as("pm", () -> ledger.ledger(fumin))).filteredOn(r -> r.id().equals(entry))
                .extracting(InvestmentRow::counted).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4000"));
    }

    @Test
    void anOfficialOfAnotherStreetCannotSeeOrWriteTheMoneyAndACommitteeMemberOnlyReads() throws Exception {
        YearMonth month = YearMonth.now().minusMonths(1);
        long count = entries.count();
        assertThatThrownBy(() -> as.run("funding-other", () -> funding.overview(fumin)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> record("funding-other", month, "10")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.run("funding-other", () -> funding.setPlan(fumin, central, BigDecimal.TEN)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> record("committee", month, "10")).isInstanceOf(AccessDeniedException.class);
        assertThat(entries.count()).isEqualTo(count);
    }

    @Test
    void aFundingPlanIsSetPerSourceAndTheRateIsCompletedOverPlanned() throws Exception {
        long residents = as.as("pm", () -> sources.active().stream().filter(s -> s.code().equals("RESIDENTS"))
                .findFirst().orElseThrow().id());
        as.run("official", () -> funding.setPlan(fumin, residents, new BigDecimal("400000")));
        as.run("pm", () -> ledger.record(new InvestmentRequest(fumin, residents, YearMonth.now().minusMonths(1),
                new BigDecimal("500000"), null)));
        FundingService.FundingLine line = as.as("pm", () -> funding.overview(fumin)).lines().stream()
                .filter(l -> l.source().id() == residents).findFirst().orElseThrow();
        assertThat(line.planned()).isEqualByComparingTo("400000");
        assertThat(FundingService.rate(line.completed(), line.planned())).isGreaterThanOrEqualTo(new BigDecimal("125.0"));
        assertThatThrownBy(() -> as.run("pm", () -> funding.setPlan(fumin, residents, new BigDecimal("-1"))))
                .isInstanceOf(DomainException.class);
    }
}
