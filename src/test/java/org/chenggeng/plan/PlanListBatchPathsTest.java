package org.chenggeng.plan;

import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.summary.RollupCheck;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch methods the plan list writes through check role and scope as their one-at-a-time siblings do (an official
 * creates projects in their own region only; only those who may plan a project's items or change its money may do it
 * for many), refuse a whole batch on one bad member, and leave the summary tables equal to the ledger.
 */
@ChenggengTest
class PlanListBatchPathsTest {

    @Autowired
    CompoundService compounds;
    @Autowired
    RegionService regions;
    @Autowired
    ProjectEditing editing;
    @Autowired
    ProjectQueries projects;
    @Autowired
    WorkItemService items;
    @Autowired
    WorkTypeService types;
    @Autowired
    FundingService funding;
    @Autowired
    FundingSourceService sources;
    @Autowired
    RollupCheck check;
    @Autowired
    TestUsers as;

    private Long compound(String name) throws Exception {
        return as.as("admin", () -> compounds.inScope()).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private static ProjectData project(String code, Long compound) {
        return new ProjectData(code, code + " 批量测试", 2027, false, null, null, null, null, null, Set.of(compound));
    }

    private Long type(String code) throws Exception {
        return as.as("admin", () -> types.all()).stream().filter(t -> t.data().code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void anOfficialCreatesProjectsInTheirOwnRegionOnly() throws Exception {
        Long ours = compound("靖江里");
        Long theirs = compound("大王庄小区");
        long before = as.as("admin", () -> projects.count(ProjectFilter.none()));

        assertThatThrownBy(() -> as.run("official", () -> editing.createAll(List.of(project("BT-O-001", ours),
                project("BT-O-002", theirs))))).isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("admin", () -> projects.count(ProjectFilter.none()))).isEqualTo(before);
        assertThatThrownBy(() -> as.run("pm", () -> editing.createAll(List.of(project("BT-O-003", ours)))))
                .isInstanceOf(AccessDeniedException.class);

        List<Long> created = as.as("official", () -> editing.createAll(List.of(project("BT-O-004", ours),
                project("BT-O-005", ours))));

        assertThat(created).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(as.as("official", () -> projects.row(created.get(1))).code()).isEqualTo("BT-O-005");
        assertThat(check.verify().described()).isEmpty();
    }

    @Test
    void aCodeTakenOrGivenTwiceRefusesTheWholeBatch() throws Exception {
        Long ours = compound("靖江里");
        long before = as.as("admin", () -> projects.count(ProjectFilter.none()));

        assertThatThrownBy(() -> as.run("admin", () -> editing.createAll(List.of(project("BT-D-001", ours),
                project("bt-d-001", ours))))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("project.error.codeTaken"));
        assertThatThrownBy(() -> as.run("admin", () -> editing.createAll(List.of(project("BT-D-002", ours),
                project("YYH-2022-01", ours))))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("project.error.codeTaken"));
        assertThat(as.as("admin", () -> projects.count(ProjectFilter.none()))).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsCreateCompoundsAndANameTakenRefusesThemAll() throws Exception {
        Long community = as.as("admin", () -> regions.communities()).stream()
                .filter(r -> r.name().equals("靖江里社区")).findFirst().orElseThrow().id();
        var data = new CompoundService.CompoundData("批量测试小区甲", 2001, 3, 90, new BigDecimal("5400.50"));

        assertThatThrownBy(() -> as.run("official", () -> compounds.createAll(List.of(
                new CompoundService.NewCompound(community, data))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("admin", () -> compounds.createAll(List.of(
                new CompoundService.NewCompound(community, data), new CompoundService.NewCompound(community,
                        new CompoundService.CompoundData("靖江里", 1990, 1, 1, BigDecimal.ONE))))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("compound.error.duplicateName"));
        assertThat(as.as("admin", () -> compounds.inScope()).stream().map(CompoundService.CompoundRow::name))
                .doesNotContain("批量测试小区甲");

        List<Long> ids = as.as("admin", () -> compounds.createAll(List.of(new CompoundService.NewCompound(community,
                data))));

        assertThat(as.as("admin", () -> compounds.byIds(ids))).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("批量测试小区甲");
            assertThat(c.households()).isEqualTo(90);
            assertThat(c.floorArea()).isEqualByComparingTo("5400.50");
        });
    }

    @Test
    void itemsAndMoneyOfManyProjectsAreForThoseWhoMayPlanThemAndAreSummed() throws Exception {
        Long ours = compound("靖江里");
        Long theirs = compound("大王庄小区");
        List<Long> created = as.as("admin", () -> editing.createAll(List.of(project("BT-W-001", ours),
                project("BT-W-002", theirs))));
        Long inStreet = created.get(0);
        Long outside = created.get(1);
        Long bench = type("BENCH");
        Long central = as.as("admin", () -> sources.active()).getFirst().id();
        Map<Long, List<WorkItemData>> plan = Map.of(inStreet, List.of(new WorkItemData(bench, new BigDecimal("4"),
                null, null, null, null)));
        Map<Long, Map<Long, BigDecimal>> money = Map.of(inStreet, Map.of(central, new BigDecimal("250000")));

        assertThatThrownBy(() -> as.run("pm", () -> items.createAll(plan))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("official", () -> items.createAll(plan)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("committee", () -> funding.planAll(money)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("official", () -> funding.planAll(Map.of(outside, Map.of(central,
                BigDecimal.TEN))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("admin", () -> items.createAll(Map.of(inStreet, List.of(new WorkItemData(
                bench, new BigDecimal("2.5"), null, null, null, null)))))).isInstanceOf(DomainException.class);
        assertThat(as.as("admin", () -> items.items(inStreet))).isEmpty();

        assertThat(as.as("admin", () -> items.createAll(plan))).isEqualTo(1);
        assertThat(as.as("admin", () -> items.createAll(plan))).isZero();
        assertThat(as.as("official", () -> funding.planAll(money))).isEqualTo(1);

        assertThat(as.as("admin", () -> items.items(inStreet))).singleElement()
                .satisfies(i -> assertThat(i.planned()).isEqualByComparingTo("4"));
        assertThat(as.as("admin", () -> funding.overview(inStreet)).planned()).isEqualByComparingTo("250000");
        assertThat(check.verify().described()).isEmpty();
    }
}
