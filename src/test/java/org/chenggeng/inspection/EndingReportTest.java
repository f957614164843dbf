package org.chenggeng.inspection;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.reporting.ExportFormat;
import org.chenggeng.reporting.Period;
import org.chenggeng.reporting.ReportContent;
import org.chenggeng.reporting.ReportExportService;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ProgressService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's section on each project's end, in every format: inspections, households accepted of those touched,
 * the completion acceptance with its date, the hand-over with its receiving body and date, and the issues per
 * severity, not closed (of them awaiting re-check, overdue) and closed, with totals when several projects have
 * issues. A project with nothing of its end recorded leaves the section out.
 */
@ChenggengTest
class EndingReportTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ReportExportService exports;
    @Autowired
    InspectionService inspections;
    @Autowired
    IssueService issues;
    @Autowired
    HouseholdAcceptanceService doors;
    @Autowired
    AcceptanceService acceptances;
    @Autowired
    HandoverService handovers;
    @Autowired
    InspectionReadService reads;
    @Autowired
    ProgressService progress;
    @Autowired
    ProjectAccess projects;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ZH).format(d);
    }

    /**
     * A project handed over to 安居物业 42 days ago after passing its completion acceptance 44 days ago, with water
     * meters done in homes (2 of 24 households accepted, the rest under an official's exception), and three issues:
     * a minor one closed, a minor one open past its deadline, a major one answered and awaiting re-check.
     */
    private long handedOver() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING", "WATER_METER");
        long paving = fixture.item(project, "ROAD_PAVING").id();
        as.run(InspectionFixture.MANAGER, () -> doors.setInHome(project,
                Set.of(fixture.item(project, "WATER_METER").id())));
        var door = as.as("committee", () -> doors.doors(project, "1号楼", "1单元"));
        for (int i = 0; i < 2; i++) {
            long household = door.get(i).household().id();
            as.run("committee", () -> doors.record(project, household, -1, new HouseholdAcceptanceService.Visit(
                    DoorResult.ACCEPTED, null, "FH-" + household, null, null, null)));
        }
        List<FindingData> found = List.of(
                new FindingData("路缘石缺损", Set.of(paving), new IssueData("路缘石缺损", Severity.GENERAL, "测试实施单位",
                        today().minusDays(55))),
                new FindingData("雨水口偏高", Set.of(paving), new IssueData("雨水口偏高", Severity.GENERAL, "测试实施单位",
                        today().minusDays(50))),
                new FindingData("检查井沉降", Set.of(paving), new IssueData("检查井沉降", Severity.MAJOR, "测试实施单位",
                        today().plusDays(10))));
        var recorded = as.as("supervisor", () -> inspections.record(project,
                fixture.passing(InspectionKind.QUALITY, today().minusDays(58), Set.of(paving), found)));
        List<Long> raised = as.as("admin", () -> issues.ofProject(project)).stream()
                .filter(r -> recorded.findingIds().contains(r.sourceId())).map(IssueRow::id).sorted().toList();
        for (long answered : List.of(raised.get(0), raised.get(2))) {
            as.run(InspectionFixture.MANAGER, () -> issues.answer(answered, version(answered), "已整改"));
        }
        as.run("supervisor", () -> issues.close(raised.get(0), version(raised.get(0)), null));
        as.run(InspectionFixture.MANAGER, () -> progress.log(new ProgressService.LogRequest(paving,
                today().minusDays(50), new BigDecimal("100"), null, false)));
        fixture.move(project, ProjectStatus.COMPLETED, today().minusDays(45));
        as.run("official", () -> doors.waive(project, "其余住户长期无人居住"));
        as.run("official", () -> acceptances.record(project, new CompletionData(today().minusDays(44), "月牙河街道办事处",
                AcceptanceGateTest.parties(), Conclusion.PASSED, null)));
        fixture.move(project, ProjectStatus.ACCEPTED, today().minusDays(43));
        as.run("official", () -> handovers.record(project, new HandoverData(ReceivingKind.PROPERTY_COMPANY, "安居物业",
                today().minusDays(42), "专项维修资金由物业按规定使用", null,
                Map.of(fixture.item(project, "ROAD_PAVING").workTypeId(), 24))));
        return project;
    }

    private long version(long issue) throws Exception {
        return as.as("admin", () -> issues.get(issue)).issue().version();
    }

    private static List<String> texts(ReportContent.Row row, Locale locale) {
        return row.cells().stream().map(c -> ReportContent.text(c, locale)).toList();
    }

    @Test
    void aProjectsReportTablesItsInspectionsHouseholdsAcceptanceHandOverAndIssuesBySeverity() throws Exception {
        long project = handedOver();
        var header = as.as("admin", () -> projects.get(project)).data();
        ReportRequest request = ReportRequest.project(project, Period.all());
        ReportContent content = as.as("official", () -> exports.content(request, ZH));

        assertThat(content.acceptance().heading()).isEqualTo("五、检查、验收与移交");
        assertThat(content.acceptance().table().rows()).singleElement().satisfies(r -> assertThat(texts(r, ZH))
                .containsExactly(header.code(), header.name(), "1", "2/24（已记录例外）",
                        "合格（" + date(today().minusDays(44)) + "）", "安居物业（" + date(today().minusDays(42)) + "）"));
        assertThat(content.issues().table().header()).containsExactly("项目编号", "项目名称", "严重程度", "未销号",
                "其中待复查", "其中逾期", "已销号");
        assertThat(content.issues().table().rows()).extracting(r -> texts(r, ZH)).containsExactly(
                List.of(header.code(), header.name(), "一般", "1", "0", "1", "1"),
                List.of(header.code(), header.name(), "较重", "1", "1", "0", "0"));
        assertThat(content.sections()).extracting(ReportContent.Section::heading).containsSubsequence(
                "四、居民意见征询", "五、检查、验收与移交", "六、整改问题", "附表：项目一览");

        String docx = docx(as.as("official", () -> exports.export(request, ZH, ExportFormat.DOCX)));
        assertThat(docx).contains("五、检查、验收与移交", "2/24（已记录例外）", "安居物业（" + date(today().minusDays(42)),
                "六、整改问题", "其中待复查");
        String pdf = pdf(as.as("official", () -> exports.export(request, ZH, ExportFormat.PDF))).replaceAll("\\s+", "");
        assertThat(pdf).contains("五、检查、验收与移交", "2/24（已记录例外）", "安居物业", "六、整改问题", "其中待复查");
        List<List<String>> sheet = overviewSheet(as.as("official", () -> exports.export(request, ZH, ExportFormat.XLSX)));
        assertThat(sheet).contains(List.of("五、检查、验收与移交"), List.of("六、整改问题"),
                List.of(header.code(), header.name(), "1", "2/24（已记录例外）", "合格（" + date(today().minusDays(44)) + "）",
                        "安居物业（" + date(today().minusDays(42)) + "）"),
                List.of(header.code(), header.name(), "较重", "1", "1", "0", "0"));

        String english = docx(as.as("official", () -> exports.export(request, Locale.ENGLISH, ExportFormat.DOCX)));
        assertThat(english).contains("5. Inspections, acceptance and hand-over", "2/24 (exception recorded)",
                "Of which awaiting re-check").doesNotContain("检查、验收与移交");
    }

    @Test
    void aReportOfSeveralProjectsTotalsTheIssuesPerSeverityAndAProjectWithNothingRecordedLeavesTheSectionOut()
            throws Exception {
        long project = handedOver();
        long quiet = fixture.freshProject("ROAD_PAVING");
        ReportContent none = as.as("official", () -> exports.content(ReportRequest.project(quiet, Period.all()), ZH));
        assertThat(none.acceptance()).isNull();
        assertThat(none.issues()).isNull();
        assertThat(none.sections()).extracting(ReportContent.Section::heading).doesNotContain("六、整改问题");

        ReportContent all = as.as("official", () -> exports.content(new ReportRequest(
                new ProjectFilter("INSP-", null, null, null, null), null, Period.all(), false), ZH));
        assertThat(all.acceptance().table().rows()).extracting(r -> r.cells().getFirst())
                .contains(as.as("admin", () -> projects.get(project).data().code()),
                        as.as("admin", () -> projects.get(quiet).data().code()));
        List<ReportContent.Row> rows = all.issues().table().rows();
        for (String severity : List.of("一般", "较重")) {
            long[] sum = new long[4];
            rows.stream().filter(r -> !r.subtotal() && r.cells().get(2).equals(severity)).forEach(r -> {
                for (int c = 0; c < 4; c++) {
                    sum[c] += ((Number) r.cells().get(3 + c)).longValue();
                }
            });
            assertThat(rows).filteredOn(r -> r.subtotal() && r.cells().get(2).equals(severity)).singleElement()
                    .satisfies(r -> assertThat(r.cells().subList(3, 7)).containsExactly(sum[0], sum[1], sum[2], sum[3])
                            .first().isNotNull());
        }
        fixture.outsiders();
        assertThat(as.as(InspectionFixture.OUTSIDER, () -> reads.endings(List.of(project))))
                .as("outside the official's region nothing is told").isEmpty();
    }

    private static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new XWPFWordExtractor(doc).getText();
        }
    }

    private static String pdf(byte[] bytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static List<List<String>> overviewSheet(byte[] bytes) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter f = new DataFormatter(ZH);
            List<List<String>> rows = new ArrayList<>();
            book.getSheet("概况").forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(f.formatCellValue(c)));
                rows.add(cells);
            });
            return rows;
        }
    }
}
