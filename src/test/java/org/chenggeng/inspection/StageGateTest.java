package org.chenggeng.inspection;

import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ImportKind;
import org.chenggeng.work.ImportPreview;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkImportService;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A key stage holds back the work that follows it: entries of the following type wait, on the screen, the API and
 * an import alike, for a passed inspection of the rule's kind that looked at the stage's item, and are accepted from
 * its day on. Types no other test plans (power lines before footpaths), and the rule is deactivated afterwards,
 * because every test shares the database.
 */
@ChenggengTest
class StageGateTest {

    @Autowired
    StageRuleService rules;
    @Autowired
    InspectionService inspections;
    @Autowired
    ProgressService progress;
    @Autowired
    WorkItemService items;
    @Autowired
    WorkImportService imports;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private final List<Long> added = new ArrayList<>();

    @AfterEach
    void deactivate() throws Exception {
        for (Long id : added) {
            as.run("admin", () -> {
                var rule = rules.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
                if (rule.active()) {
                    rules.setActive(id, rule.version(), false);
                }
            });
        }
        added.clear();
    }

    private long rule(String stage, InspectionKind kind, String following, long project) throws Exception {
        long stageType = fixture.item(project, stage).workTypeId();
        long followingType = fixture.item(project, following).workTypeId();
        long id = as.as("admin", () -> {
            var existing = rules.all().stream().filter(r -> r.stageTypeId() == stageType && r.kind() == kind
                    && r.followingTypeId() == followingType).findFirst();
            if (existing.isEmpty()) {
                return rules.add(stageType, kind, followingType);
            }
            rules.setActive(existing.get().id(), existing.get().version(), true);
            return existing.get().id();
        });
        added.add(id);
        return id;
    }

    private ProgressService.LogRequest entry(WorkItemRow item, LocalDate date) {
        return new ProgressService.LogRequest(item.id(), date, BigDecimal.ONE, "阶段检查测试", false);
    }

    private BigDecimal completed(WorkItemRow item) throws Exception {
        return as.as("admin", () -> items.item(item.id())).completed();
    }

    @Test
    void theFollowingWorkWaitsForAPassedInspectionOfTheRightKindOfTheStageAndIsAcceptedFromItsDayOn() throws Exception {
        long project = fixture.freshProject("POWER_LINES", "FOOTPATH", "ROAD_HARDENING");
        rule("POWER_LINES", InspectionKind.CONCEALED, "FOOTPATH", project);
        WorkItemRow lines = fixture.item(project, "POWER_LINES");
        WorkItemRow path = fixture.item(project, "FOOTPATH");
        WorkItemRow road = fixture.item(project, "ROAD_HARDENING");
        LocalDate today = LocalDate.now(clock);
        String pm = InspectionFixture.MANAGER;

        assertThatThrownBy(() -> as.run(pm, () -> progress.log(entry(path, today))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("stageRule.error.notPassed")
                .hasMessageContaining("FOOTPATH").hasMessageContaining("POWER_LINES");
        assertThat(completed(path)).isZero();
        as.run(pm, () -> progress.log(entry(lines, today)));
        as.run(pm, () -> progress.log(entry(road, today)));
        assertThat(completed(road)).as("work of no rule is not held back").isEqualByComparingTo("1");

        List<Check> ok = fixture.passing(InspectionKind.CONCEALED, today, Set.of(), List.of()).checks();
        List<Check> oneFails = new ArrayList<>(ok);
        oneFails.set(0, new Check(ok.getFirst().textZh(), ok.getFirst().textEn(), CheckResult.FAILED));
        as.run("supervisor", () -> inspections.record(project, new InspectionData(InspectionKind.CONCEALED,
                today.minusDays(12), List.of(new Participant("监理单位", "赵监理")), oneFails, Set.of(lines.id()),
                Conclusion.FAILED, null, List.of(new FindingData("电缆埋深不足", Set.of(lines.id()))))));
        as.run("supervisor", () -> inspections.record(project, fixture.passing(InspectionKind.SAFETY,
                today.minusDays(11), Set.of(lines.id()), List.of())));
        as.run("supervisor", () -> inspections.record(project, fixture.passing(InspectionKind.CONCEALED,
                today.minusDays(11), Set.of(road.id()), List.of())));
        assertThatThrownBy(() -> as.run(pm, () -> progress.log(entry(path, today))))
                .as("failed, of another kind, or of another item: the stage has not passed")
                .isInstanceOf(DomainException.class).hasMessageStartingWith("stageRule.error.notPassed");
        assertThat(as.as(pm, () -> rules.ofProject(project))).singleElement()
                .satisfies(s -> assertThat(s.passedOn()).isNull());

        as.run("supervisor", () -> inspections.record(project, fixture.passing(InspectionKind.CONCEALED,
                today.minusDays(10), Set.of(lines.id()), List.of())));

        assertThatThrownBy(() -> as.run(pm, () -> progress.log(entry(path, today.minusDays(11)))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("stageRule.error.beforePassed")
                .hasMessageContaining(today.minusDays(10).toString());
        as.run(pm, () -> progress.log(entry(path, today.minusDays(10))));
        as.run(pm, () -> progress.log(entry(path, today)));
        assertThat(completed(path)).isEqualByComparingTo("2");
        assertThat(as.as("committee", () -> rules.ofProject(project))).singleElement()
                .satisfies(s -> assertThat(s.passedOn()).isEqualTo(today.minusDays(10)));
    }

    @Test
    void anImportedRowOfTheFollowingWorkBeforeTheStagePassedIsRefusedOnItsDate() throws Exception {
        long project = fixture.freshProject("POWER_LINES", "FOOTPATH");
        rule("POWER_LINES", InspectionKind.CONCEALED, "FOOTPATH", project);
        WorkItemRow lines = fixture.item(project, "POWER_LINES");
        LocalDate today = LocalDate.now(clock);
        as.run("official", () -> inspections.record(project, fixture.passing(InspectionKind.CONCEALED,
                today.minusDays(5), Set.of(lines.id()), List.of())));
        byte[] file = XlsxFiles.bytes(XlsxFiles.PROGRESS_HEADERS, List.of(
                new Object[]{"FOOTPATH", today.minusDays(6), 3, "早于检查"},
                new Object[]{"FOOTPATH", today.minusDays(4), 2, "检查之后"}));

        ImportPreview preview = as.as(InspectionFixture.MANAGER, () -> imports.preview(project, ImportKind.PROGRESS,
                new ByteArrayInputStream(file), p -> { }));

        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.messageKey()).isEqualTo("stageRule.error.beforePassed");
        });
    }

    @Test
    void onlyAdministratorsKeepTheRulesAndARuleIsOfTwoDifferentKnownTypes() throws Exception {
        long project = fixture.freshProject("POWER_LINES", "FOOTPATH");
        long stage = fixture.item(project, "POWER_LINES").workTypeId();
        long following = fixture.item(project, "FOOTPATH").workTypeId();
        assertThatThrownBy(() -> as.run("official", () -> rules.add(stage, InspectionKind.CONCEALED, following)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("admin", () -> rules.add(stage, InspectionKind.CONCEALED, stage)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("stageRule.error.sameType");
        assertThatThrownBy(() -> as.run("admin", () -> rules.add(stage, null, following)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("stageRule.error.required");
        rule("POWER_LINES", InspectionKind.STAGE, "FOOTPATH", project);
        assertThatThrownBy(() -> as.run("admin", () -> rules.add(stage, InspectionKind.STAGE, following)))
                .as("the same rule again, active or not")
                .isInstanceOf(DomainException.class).hasMessageStartingWith("stageRule.error.exists");
    }
}
