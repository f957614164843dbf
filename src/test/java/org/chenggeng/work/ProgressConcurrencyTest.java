package org.chenggeng.work;

import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people logging the same item at the same moment: both entries count, none is lost; one request sent several
 * times at once with its idempotency key is logged once.
 */
@ChenggengTest
class ProgressConcurrencyTest {

    @Autowired
    ProgressService progress;
    @Autowired
    WorkItemService items;
    @Autowired
    WorkTypeService types;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    TestUsers as;

    @Test
    void concurrentEntriesOnOneItemAllCount() throws Exception {
        long project = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Long type = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals("STREET_LAMP"))
                .findFirst().orElseThrow().id());
        long item = as.as("pm", () -> items.create(project, new WorkItemData(type, new BigDecimal("1000"), "并发测试",
                null, null, null)));

        int writers = 4;
        int entriesEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String user = w % 2 == 0 ? "pm" : "admin";
                Callable<Object> writer = () -> {
                    for (int i = 0; i < entriesEach; i++) {
                        as.run(user, () -> progress.log(new ProgressService.LogRequest(item, LocalDate.now(),
                                new BigDecimal("3"), null, false)));
                    }
                    return null;
                };
                done.add(pool.submit(writer));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        WorkItemRow row = as.as("pm", () -> items.item(item));
        assertThat(row.completed()).isEqualByComparingTo(BigDecimal.valueOf(3L * writers * entriesEach));
        assertThat(row.entryCount()).isEqualTo(writers * entriesEach);
        assertThat(entries.sumForItem(item)).isEqualByComparingTo(row.completed());
    }

    @Test
    void oneRequestSentFourTimesAtOnceWithItsKeyIsLoggedOnce() throws Exception {
        long project = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Long type = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals("STREET_LAMP"))
                .findFirst().orElseThrow().id());
        long item = as.as("pm", () -> items.create(project, new WorkItemData(type, new BigDecimal("1000"), "重发测试",
                null, null, null)));
        ProgressService.LogRequest request = new ProgressService.LogRequest(item, LocalDate.now(),
                new BigDecimal("3"), "重发", false);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<ProgressService.Logged> answers = new ArrayList<>();
        try {
            List<Future<ProgressService.Logged>> sent = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                sent.add(pool.submit(() -> as.as("pm", () -> progress.log(request, "same-key"))));
            }
            for (Future<ProgressService.Logged> f : sent) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).extracting(ProgressService.Logged::entryId).containsOnly(answers.getFirst().entryId());
        assertThat(answers).filteredOn(a -> !a.replayed()).hasSize(1);
        WorkItemRow row = as.as("pm", () -> items.item(item));
        assertThat(row.entryCount()).isEqualTo(1);
        assertThat(row.completed()).isEqualByComparingTo("3");
    }

    @Test
    void oneKeySentAtOnceWithTwoDifferentRequestsLogsOnlyOneOfThem() throws Exception {
        long project = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Long type = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals("STREET_LAMP"))
                .findFirst().orElseThrow().id());
        List<Long> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(as.as("pm", () -> items.create(project, new WorkItemData(type, new BigDecimal("1000"), "同键测试",
                    null, null, null))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> sent = new ArrayList<>();
            for (Long item : both) {
                sent.add(pool.submit(() -> {
                    try {
                        return as.as("pm", () -> progress.log(new ProgressService.LogRequest(item, LocalDate.now(),
                                new BigDecimal("2"), null, false), "one-key-two-items"));
                    } catch (org.chenggeng.shared.DomainException e) {
                        return e.messageKey();
                    }
                }));
            }
            for (Future<Object> f : sent) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes).filteredOn(ProgressService.Logged.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(String.class::isInstance).containsExactly("idempotency.error.keyReused");
        long logged = as.as("pm", () -> items.item(both.get(0)).entryCount() + items.item(both.get(1)).entryCount());
        assertThat(logged).isEqualTo(1);
    }
}
