package org.chenggeng.inspection;

import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two people recording the first visit of one household at the same moment: the first one's record stands, and the
 * second is told in words (in the user's language) that someone else just saved it, with nothing of theirs written:
 * no record, no issue for the defects they saw, no audit entry.
 */
@ChenggengTest
class DoorConflictTest {

    @Autowired
    HouseholdAcceptanceService doors;
    @Autowired
    IssueService issues;
    @Autowired
    AuditService audit;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MessageSource messages;

    private HouseholdAcceptanceService.Visit visit(DoorResult result, String note, String form) {
        return new HouseholdAcceptanceService.Visit(result, note, form, null, Severity.GENERAL,
                LocalDate.now(clock).plusDays(7));
    }

    private long withInHomeMeters() throws Exception {
        long project = fixture.freshProject("WATER_METER");
        long meters = fixture.item(project, "WATER_METER").id();
        as.run(InspectionFixture.MANAGER, () -> doors.setInHome(project, Set.of(meters)));
        return project;
    }

    @Test
    void whileTheFirstVisitIsBeingSavedASecondFirstVisitOfTheDoorIsRefusedInWordsAndWritesNothing() throws Exception {
        long project = withInHomeMeters();
        var door = as.as("committee", () -> doors.doors(project, "1号楼", "1单元")).get(4);
        long household = door.household().id();
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The first keeps its transaction open until the second is under way, so that the second reads the door
            // as not visited and meets the first one's row only when it inserts its own.
            Future<HouseholdAcceptanceService.Door> first = pool.submit(() -> as.as("committee", () -> tx.execute(s -> {
                var saved = doors.record(project, household, -1, visit(DoorResult.ACCEPTED, "第一位记录人", "FH-A"));
                firstWritten.countDown();
                try {
                    assertThat(secondStarted.await(30, TimeUnit.SECONDS)).isTrue();
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return saved;
            })));
            Future<Object> second = pool.submit(() -> {
                assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
                secondStarted.countDown();
                try {
                    return as.as("admin", () -> doors.record(project, household, -1,
                            visit(DoorResult.DEFECTS, "第二位记录人看到的缺陷", "FH-B")));
                } catch (StaleDataException e) {
                    return e;
                }
            });
            assertThat(first.get(60, TimeUnit.SECONDS).note()).isEqualTo("第一位记录人");
            assertThat(second.get(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(StaleDataException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("household.acceptance.error.justRecorded");
                assertThat(e.arguments()).containsExactly(door.household().address());
                assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE))
                        .startsWith(door.household().address() + " 的验收刚刚已由他人保存");
                assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH))
                        .contains("saved by someone else");
            });
        } finally {
            pool.shutdown();
        }

        var stored = as.as("committee", () -> doors.doors(project, "1号楼", "1单元")).get(4);
        assertThat(stored.result()).isEqualTo(DoorResult.ACCEPTED);
        assertThat(stored.recordedBy()).isEqualTo("committee");
        assertThat(stored.formNumber()).isEqualTo("FH-A");
        assertThat(as.as("admin", () -> issues.ofProject(project))).as("the second one's defects raised no issue")
                .noneMatch(i -> i.source() == IssueSource.HOUSEHOLD);
        assertThat(as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null,
                HouseholdAcceptanceService.ENTITY, null, null, null), PageRequest.of(0, 500))))
                .filteredOn(r -> r.entityId().equals(String.valueOf(stored.acceptanceId())))
                .singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("CREATE"));
    }

    @Test
    void aFirstVisitOfADoorRecordedSinceItWasShownIsRefusedInTheSameWords() throws Exception {
        long project = withInHomeMeters();
        var door = as.as("committee", () -> doors.doors(project, "1号楼", "1单元")).get(5);
        as.run("admin", () -> doors.record(project, door.household().id(), -1,
                visit(DoorResult.ACCEPTED, null, "FH-C")));

        assertThatThrownBy(() -> as.run("committee", () -> doors.record(project, door.household().id(), -1,
                visit(DoorResult.REFUSED, "不在家", null)))).isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("household.acceptance.error.justRecorded");
        assertThat(as.as("committee", () -> doors.doors(project, "1号楼", "1单元")).get(5).formNumber())
                .isEqualTo("FH-C");
    }
}
