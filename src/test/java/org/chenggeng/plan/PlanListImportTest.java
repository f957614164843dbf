package org.chenggeng.plan;

import org.chenggeng.funding.FundingService;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.audit.AuditService;
import org.chenggeng.summary.RollupCheck;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan list import: every bad row in the preview, nothing written while one is bad, a second import adding nothing. */
@ChenggengTest
class PlanListImportTest {

    static final List<String> HEADERS = List.of("社区", "小区", "建成年份", "楼栋数", "户数", "建筑面积（m²）", "项目编号",
            "项目名称", "年度", "实施单位", "中央补助资金（元）", "市县财政（元）", "改造内容及数量");

    @Autowired
    PlanListImportService imports;
    @Autowired
    ProjectQueries projects;
    @Autowired
    CompoundService compounds;
    @Autowired
    FundingService funding;
    @Autowired
    WorkItemService items;
    @Autowired
    RegionService regions;
    @Autowired
    RollupCheck check;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    private static ByteArrayInputStream file(List<Object[]> rows) {
        return new ByteArrayInputStream(XlsxFiles.bytes(HEADERS, rows));
    }

    private static Object[] row(String community, String compound, String code, String works) {
        return new Object[]{community, compound, 1995, 12, 640, 38000.5, code, compound + "改造", 2027, "测试实施单位",
                3000000, 1200000.5, works};
    }

    @Test
    void everyBadRowIsListedAndNothingIsWrittenWhileOneIsBad() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("靖江里社区", "清单测试甲小区", "PL-T-001", "ROAD_PAVING:9800；污水井清淘:240"));
        rows.add(row("没有的社区", "清单测试乙小区", "PL-T-002", null));
        rows.add(row("靖江里社区", "清单测试丙小区", "PL-T-001", null));
        rows.add(row("靖江里社区", "清单测试丁小区", "PL-T-004", "NO_SUCH_TYPE:5"));
        rows.add(new Object[]{"靖江里社区", "清单测试戊小区", null, null, null, null, "PL-T-005", "戊", 2027, null, -5, null,
                "ROAD_PAVING:0"});
        long before = as.as("admin", () -> projects.count(ProjectFilter.none()));

        PlanListResult preview = as.as("admin", () -> imports.preview(file(rows), f -> { }));
        PlanListResult imported = as.as("admin", () -> imports.importFile(file(rows), f -> { }));

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "planlist.error.unknownCommunity"),
                org.assertj.core.groups.Tuple.tuple(4, "planlist.error.duplicateCode"),
                org.assertj.core.groups.Tuple.tuple(5, "planlist.error.unknownWorkType"),
                org.assertj.core.groups.Tuple.tuple(6, "planlist.error.newCompoundFacts"),
                org.assertj.core.groups.Tuple.tuple(6, "planlist.error.amount"),
                org.assertj.core.groups.Tuple.tuple(6, "planlist.error.workQuantity"));
        assertThat(preview.issues()).noneMatch(i -> i.row() == 2);
        assertThat(imported.ok()).isFalse();
        assertThat(imported.projects()).isZero();
        assertThat(as.as("admin", () -> projects.count(ProjectFilter.none()))).isEqualTo(before);
    }

    @Test
    void aGoodFileCreatesCompoundsProjectsMoneyAndWorksAndASecondImportAddsNothing() throws Exception {
        List<Object[]> rows = List.of(
                row("月牙河街/靖江里社区", "清单测试一小区", "PL-G-001", "ROAD_PAVING:9800；污水井清淘:240"),
                row("富民路社区", "富民路小区", "PL-G-002", "BENCH:12"),
                row("靖江里社区", "清单测试一小区", "PL-G-003", null));

        PlanListResult preview = as.as("admin", () -> imports.preview(file(rows), f -> { }));
        assertThat(preview.issues()).isEmpty();
        assertThat(preview.projects()).isEqualTo(3);
        assertThat(preview.compounds()).isEqualTo(1);
        long audited = audits("PLAN_LIST_IMPORT");
        long projectsAudited = audits("PROJECT");
        List<Double> progress = new ArrayList<>();
        PlanListResult first = as.as("admin", () -> imports.importFile(file(rows), progress::add));
        RollupCheck.Outcome verified = check.verify();
        PlanListResult second = as.as("admin", () -> imports.importFile(file(rows), f -> { }));

        assertThat(verified.described()).isEmpty();
        assertThat(verified.consistent()).isTrue();
        assertThat(audits("PLAN_LIST_IMPORT")).isEqualTo(audited + 2);
        assertThat(audits("PROJECT")).isEqualTo(projectsAudited);
        AuditService.AuditRow entry = as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null,
                "PLAN_LIST_IMPORT", null, null, null), org.springframework.data.domain.PageRequest.of(0, 2,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id"))))
                .get(1);
        assertThat(entry.after()).contains("\"projects\":\"3\"").contains("\"compounds\":\"1\"")
                .contains("\"workItems\":\"3\"").contains("\"fundingPlans\":\"6\"");

        assertThat(first.projects()).isEqualTo(3);
        assertThat(first.compounds()).isEqualTo(1);
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(second.projects()).isZero();
        assertThat(second.skipped()).isEqualTo(3);
        ProjectRow one = as.as("admin", () -> projects.all(new ProjectFilter("PL-G-001", null, null, null, null)))
                .getFirst();
        assertThat(one.budget()).isEqualByComparingTo("4200000.5");
        assertThat(as.as("admin", () -> funding.overview(one.id())).planned()).isEqualByComparingTo("4200000.5");
        assertThat(as.as("admin", () -> items.items(one.id()))).hasSize(2);
        assertThat(as.as("admin", () -> compounds.inScope()).stream()
                .filter(c -> c.name().equals("清单测试一小区")).toList()).singleElement()
                .satisfies(c -> assertThat(c.households()).isEqualTo(640));
        ProjectRow fumin = as.as("admin", () -> projects.all(new ProjectFilter("PL-G-002", null, null, null, null)))
                .getFirst();
        assertThat(fumin.communities()).contains("富民路社区");
    }

    @Test
    void rowsTheEntitiesWouldRefuseAreListedBeforeAnythingIsWritten() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("靖江里社区", "清单测试己小区", "PL-R-001", "BENCH:12.5"));
        Object[] old = row("靖江里社区", "清单测试庚小区", "PL-R-002", null);
        old[2] = 1850;
        rows.add(old);
        rows.add(row("大王庄社区", "清单测试辛小区", "PL-R-003", "BENCH:3"));
        long before = as.as("admin", () -> projects.count(ProjectFilter.none()));

        PlanListResult imported = as.as("admin", () -> imports.importFile(file(rows), f -> { }));

        assertThat(imported.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "改造内容及数量", "planlist.error.workWholeNumber"),
                        org.assertj.core.groups.Tuple.tuple(3, "建成年份", "compound.error.yearBuilt"));
        assertThat(as.as("admin", () -> projects.count(ProjectFilter.none()))).isEqualTo(before);
        assertThat(as.as("admin", () -> compounds.inScope()).stream().map(CompoundService.CompoundRow::name))
                .doesNotContain("清单测试己小区", "清单测试庚小区", "清单测试辛小区");
    }

    @Test
    void aCodeImportedBeforeIsRecognisedWhateverItsLetterCase() throws Exception {
        List<Object[]> rows = List.<Object[]>of(row("靖江里社区", "清单测试壬小区", "PL-C-001", "BENCH:2"));
        as.as("admin", () -> imports.importFile(file(rows), f -> { }));
        List<Object[]> lower = List.<Object[]>of(row("靖江里社区", "清单测试壬小区", "pl-c-001", "BENCH:2"));

        PlanListResult again = as.as("admin", () -> imports.importFile(file(lower), f -> { }));

        assertThat(again.issues()).isEmpty();
        assertThat(again.projects()).isZero();
        assertThat(again.skipped()).isEqualTo(1);
    }

    private long audits(String entityType) throws Exception {
        return as.as("auditor", () -> audit.count(new AuditService.AuditFilter(null, entityType, null, null, null)));
    }

    @Test
    void onlyAnAdministratorImportsThePlanList() {
        assertThatThrownBy(() -> as.run("official", () -> imports.preview(file(List.of()), f -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> imports.template(java.util.Locale.SIMPLIFIED_CHINESE)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
