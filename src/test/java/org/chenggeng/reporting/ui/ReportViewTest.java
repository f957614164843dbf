package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.reporting.DemoNarrativeTest;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The report screen previews the document for the preselected project and year and downloads it when it is ready. */
@ChenggengTest
class ReportViewTest extends BackgroundUiTest {

    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;

    @Test
    @WithUserDetails("official")
    void anOfficialSeesThe2022ReportOfThePilotAndDownloadsItAsWord() throws Exception {
        long id = as.as("official", () -> projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null),
                PageRequest.of(0, 1)).getFirst().id());
        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("project", String.valueOf(id),
                "year", "2022")));
        ReportView view = (ReportView) UI.getCurrent().getCurrentView();

        assertThat($(H2.class, view).id("report-title").getText()).isEqualTo("城市更新改造工作报告");
        assertThat($(Paragraph.class, view).id("report-narrative").getText()).isEqualTo(DemoNarrativeTest.REPORT_2022);
        @SuppressWarnings("unchecked")
        Grid<Object> quantities = $(Grid.class, view).id("report-quantities");
        assertThat(IntStream.range(0, test(quantities).size()).mapToObj(r -> test(quantities).getCellText(r, 1)
                + "=" + test(quantities).getCellText(r, 4))).contains("化粪池清淘=39", "污水井清淘=869");
        @SuppressWarnings("unchecked")
        Grid<Object> appendix = $(Grid.class, view).id("report-projects");
        assertThat(test(appendix).size()).isEqualTo(1);
        assertThat(test(appendix).getCellText(0, 0)).isEqualTo("YYH-2022-01");

        test($(Button.class, view).id("export-docx")).click();
        await(() -> $(Anchor.class, view).withId("export-link-docx").exists());
        Anchor link = $(Anchor.class, view).id("export-link-docx");
        assertThat(link.getText()).startsWith("下载 城市更新改造工作报告-YYH-2022-01").endsWith(".docx");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        test(link).download(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains(DemoNarrativeTest.REPORT_2022);
        }
    }

    @Test
    @WithUserDetails("official")
    void aYearOutsideTheOfferedOnesInTheLinkIsIgnoredAndTheReportCoversAllTime() throws Exception {
        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("year", "-999999999",
                "projectYear", "99999999999")));
        ReportView view = (ReportView) UI.getCurrent().getCurrentView();
        assertThat($(Span.class, view).all().stream().map(Span::getText).toList()).contains("期间：全部时间");
        @SuppressWarnings("unchecked")
        Grid<Object> appendix = $(Grid.class, view).id("report-projects");
        assertThat(test(appendix).size()).isEqualTo(
                (int) (long) as.as("official", () -> projects.count(ProjectFilter.none())));
    }

    @Test
    @WithUserDetails("official")
    void anExportWaitsOnDiskUntilItIsReplacedOrTheScreenIsLeft() throws Exception {
        UI.getCurrent().navigate("reports");
        ReportView view = (ReportView) UI.getCurrent().getCurrentView();
        ReportDownloads downloads = $(ReportDownloads.class, view).single();
        Button csv = $(Button.class, view).id("export-csv");
        test(csv).click();
        await(() -> downloads.files().size() == 1 && csv.isEnabled());
        java.nio.file.Path first = downloads.files().getFirst();
        assertThat(java.nio.file.Files.exists(first)).isTrue();
        test(csv).click();
        await(() -> !downloads.files().getFirst().equals(first) && csv.isEnabled());
        java.nio.file.Path second = downloads.files().getFirst();
        assertThat(List.of(java.nio.file.Files.exists(first), java.nio.file.Files.exists(second)))
                .containsExactly(false, true);
        UI.getCurrent().navigate("");
        assertThat(java.nio.file.Files.exists(second)).isFalse();
    }
}
