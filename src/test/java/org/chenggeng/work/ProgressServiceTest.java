package org.chenggeng.work;

import org.chenggeng.project.TransitionRequest;
import org.chenggeng.audit.AuditService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger through its service: every rule the issue names, each refusal leaving everything as it was. */
@ChenggengTest
class ProgressServiceTest {

    @Autowired
    ProgressService progress;
    @Autowired
    WorkItemService items;
    @Autowired
    WorkTypeService types;
    @Autowired
    PeriodLockService locks;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    RegionService regions;
    @Autowired
    AuditService audit;
    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    org.chenggeng.project.ProjectAccess projectAccess;
    @Autowired
    org.chenggeng.project.ProjectLifecycle lifecycle;
    @Autowired
    TestUsers as;
    @Autowired
    ProgressReadService reads;

    private long fumin;
    private long item;

    @BeforeEach
    void planAFreshItem() throws Exception {
        fumin = project("YYH-2024-01");
        Long bench = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals("BENCH")).findFirst()
                .orElseThrow().id());
        item = as.as("pm", () -> items.create(fumin, new WorkItemData(bench, new BigDecimal("10"), "测试", null, null,
                null)));
    }

    private long project(String code) throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    private Long log(String user, LocalDate date, String quantity, boolean confirm) throws Exception {
        return as.as(user, () -> progress.log(new ProgressService.LogRequest(item, date, new BigDecimal(quantity),
                "备注", confirm)));
    }

    private WorkItemRow row() throws Exception {
        return as.as("pm", () -> items.item(item));
    }

    private void assertRefused(TestUsers.ThrowingRunnable action, String key) throws Exception {
        WorkItemRow before = row();
        assertThatThrownBy(() -> as.run("pm", action)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
        WorkItemRow after = row();
        assertThat(after.completed()).isEqualByComparingTo(before.completed());
        assertThat(after.entryCount()).isEqualTo(before.entryCount());
    }

    @Test
    void aBusyDayListsItsNewestEntriesInTheirOrderAndCountsTheRest() throws Exception {
        LocalDate day = LocalDate.now().minusDays(2);
        for (int i = 1; i <= 23; i++) {
            log("pm", day, String.valueOf(i), true);
        }

        ProgressReadService.DayLines shown = as.as("pm", () -> reads.day(item, day, 20));

        assertThat(shown.total()).isEqualTo(23);
        assertThat(shown.lines()).extracting(l -> l.entry().quantity().intValue())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(4, 23).boxed().toList());
        ProgressReadService.DayLines quiet = as.as("pm", () -> reads.day(item, day.minusDays(1), 20));
        assertThat(quiet.lines()).isEmpty();
        assertThat(quiet.total()).isZero();
    }

    @Test
    void loggingAddsToTheItemAndTheDaysEntries() throws Exception {
        LocalDate day = LocalDate.now().minusDays(1);
        log("pm", day, "3", false);
        log("pm", day, "2", false);

        assertThat(row().completed()).isEqualByComparingTo("5");
        assertThat(row().remaining()).isEqualByComparingTo("5");
        assertThat(row().percent()).isEqualByComparingTo("50.0");
        assertThat(as.as("pm", () -> progress.day(item, day))).extracting(ProgressService.EntryRow::quantity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("3"), new BigDecimal("2"));
        assertThat(entries.sumForItem(item)).isEqualByComparingTo("5");
    }

    @Test
    void badEntriesAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertRefused(() -> progress.log(new ProgressService.LogRequest(item, yesterday, new BigDecimal("1.5"), null,
                false)), "progress.error.wholeNumber");
        assertRefused(() -> progress.log(new ProgressService.LogRequest(item, yesterday, new BigDecimal("-2"), null,
                false)), "progress.error.quantityPositive");
        assertRefused(() -> progress.log(new ProgressService.LogRequest(item, LocalDate.now().plusDays(1),
                BigDecimal.ONE, null, false)), "error.dateInFuture");
        assertRefused(() -> progress.log(new ProgressService.LogRequest(item, LocalDate.of(2024, 5, 1),
                BigDecimal.ONE, null, false)), "progress.error.beforeStart");
        assertRefused(() -> progress.log(new ProgressService.LogRequest(item, null, BigDecimal.ONE, null, false)),
                "progress.error.dateRequired");
    }

    @Test
    void passingThePlanNeedsConfirmationAndFlagsTheEntry() throws Exception {
        LocalDate day = LocalDate.now();
        log("pm", day, "8", false);
        assertThatThrownBy(() -> log("pm", day, "5", false)).isInstanceOf(OverrunNeedsConfirmation.class);
        assertThat(row().completed()).isEqualByComparingTo("8");

        log("pm", day, "5", true);
        assertThat(row().completed()).isEqualByComparingTo("13");
        assertThat(row().overPlan()).isTrue();
        assertThat(row().remaining()).isEqualByComparingTo("0");
        assertThat(as.as("pm", () -> progress.day(item, day))).extracting(ProgressService.EntryRow::overPlan)
                .containsExactly(false, true);
    }

    @Test
    void aCorrectionAppendsTheDifferenceAndKeepsTheOriginal() throws Exception {
        LocalDate day = LocalDate.now().minusDays(2);
        Long wrong = log("pm", day, "7", false);
        as.run("pm", () -> progress.correct(new ProgressService.CorrectionRequest(wrong, new BigDecimal("4"),
                "多报了 3 把", false)));

        List<ProgressService.EntryRow> ledger = as.as("pm", () -> progress.ledger(item));
        assertThat(ledger).hasSize(2);
        ProgressService.EntryRow original = ledger.stream().filter(e -> e.id().equals(wrong)).findFirst().orElseThrow();
        assertThat(original.quantity()).isEqualByComparingTo("7");
        assertThat(original.counted()).isEqualByComparingTo("4");
        assertThat(ledger).filteredOn(ProgressService.EntryRow::isCorrection).singleElement().satisfies(c -> {
            assertThat(c.quantity()).isEqualByComparingTo("-3");
            assertThat(c.reason()).isEqualTo("多报了 3 把");
            assertThat(c.date()).isEqualTo(day);
        });
        assertThat(row().completed()).isEqualByComparingTo("4");
        assertRefused(() -> progress.correct(new ProgressService.CorrectionRequest(wrong, new BigDecimal("4"), "再改",
                false)), "progress.error.nothingToCorrect");
        assertRefused(() -> progress.correct(new ProgressService.CorrectionRequest(wrong, new BigDecimal("1"), "  ",
                false)), "progress.error.reasonRequired");
        assertRefused(() -> progress.correct(new ProgressService.CorrectionRequest(wrong, new BigDecimal("-1"), "负数",
                false)), "progress.error.quantityNotNegative");
    }

    @Test
    void aLockedMonthRefusesNewEntriesAndCorrectionsUntilUnlocked() throws Exception {
        LocalDate lastMonth = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        Long entry = log("pm", lastMonth, "2", false);
        Long street = as.as("official", () -> locks.lockableRegions().stream()
                .filter(r -> r.name().equals("月牙河街")).findFirst().orElseThrow().id());
        as.run("official", () -> locks.lock(street, YearMonth.from(lastMonth)));
        try {
            assertRefused(() -> progress.log(new ProgressService.LogRequest(item, lastMonth, BigDecimal.ONE, null,
                    false)), "progress.error.monthLocked");
            assertRefused(() -> progress.correct(new ProgressService.CorrectionRequest(entry, BigDecimal.ONE, "改",
                    false)), "progress.error.monthLocked");
        } finally {
            as.run("official", () -> locks.unlock(street, YearMonth.from(lastMonth)));
        }
        log("pm", lastMonth, "1", false);
        assertThat(row().completed()).isEqualByComparingTo("3");
        var actions = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("official", "PERIOD_LOCK", null,
                null, null), PageRequest.of(0, 20))).stream().map(AuditService.AuditRow::action).toList();
        assertThat(actions).contains("CREATE", "UNLOCK");
    }

    @Test
    void onlyTheProjectsOwnManagerMayLogAndOnlyWhileItIsInProgress() throws Exception {
        LocalDate day = LocalDate.now();
        assertThatThrownBy(() -> log("official", day, "1", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log("committee", day, "1", false)).isInstanceOf(AccessDeniedException.class);
        long dwzItem = as.as("admin", () -> items.items(project("DWZ-2025-01")).getFirst().id());
        assertThatThrownBy(() -> as.run("pm", () -> progress.log(new ProgressService.LogRequest(dwzItem, day,
                BigDecimal.ONE, null, false)))).isInstanceOf(AccessDeniedException.class);
        long acceptedItem = as.as("pm", () -> items.items(project("YYH-2022-01")).getFirst().id());
        assertThatThrownBy(() -> as.run("pm", () -> progress.log(new ProgressService.LogRequest(acceptedItem,
                LocalDate.of(2022, 6, 1), BigDecimal.ONE, null, false))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("progress.error.projectNotInProgress");
        assertThat(row().completed()).isEqualByComparingTo("0");
    }

    @Test
    void completingAProjectWithUnfinishedWorkNeedsConfirmation() throws Exception {
        var details = as.as("official", () -> projectAccess.get(fumin));
        assertThat(as.as("official", () -> lifecycle.unfinishedWork(fumin, java.util.Locale.SIMPLIFIED_CHINESE)))
                .anySatisfy(line -> assertThat(line).startsWith("休闲座椅新增：剩余 10 把"));
        assertThatThrownBy(() -> as.run("official", () -> lifecycle.transition(fumin,
                new org.chenggeng.project.TransitionRequest(details.version(),
                        org.chenggeng.project.ProjectStatus.COMPLETED, LocalDate.now(), null, null, false))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.unfinishedWork");
        assertThat(as.as("official", () -> projectAccess.get(fumin).status()))
                .isEqualTo(org.chenggeng.project.ProjectStatus.IN_PROGRESS);
    }

    @Test
    void aPlanCanChangeUntilProgressIsLoggedThenOnlyBeRetiredWithAReason() throws Exception {
        WorkItemRow fresh = row();
        as.run("pm", () -> items.update(item, fresh.version(), new WorkItemData(fresh.workTypeId(), new BigDecimal("12"),
                "改到 3 号楼", null, null, null)));
        assertThat(row().planned()).isEqualByComparingTo("12");
        log("pm", LocalDate.now(), "1", false);
        WorkItemRow logged = row();
        assertThat(logged.editable()).isFalse();
        assertThatThrownBy(() -> as.run("pm", () -> items.update(item, logged.version(), new WorkItemData(
                logged.workTypeId(), new BigDecimal("20"), null, null, null, null))))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("workItem.error.hasProgress");
        assertThatThrownBy(() -> as.run("pm", () -> items.retire(item, logged.version(), "")))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("workItem.error.retireReason");
        as.run("pm", () -> items.retire(item, logged.version(), "方案调整，改由物业实施"));
        assertThat(row().retired()).isTrue();
        assertThat(row().completed()).isEqualByComparingTo("1");
        assertRefused(() -> progress.log(new ProgressService.LogRequest(item, LocalDate.now(), BigDecimal.ONE, null,
                false)), "workItem.error.retired");
    }
}
