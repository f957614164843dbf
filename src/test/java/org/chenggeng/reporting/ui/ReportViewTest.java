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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.PhotoPairs;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectRow;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report screen previews the document for the preselected project and year and downloads it when it is ready;
 * for one project it offers the photo appendix with each item's pair to choose.
 */
@ChenggengTest
class ReportViewTest extends BackgroundUiTest {

    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;

    @Autowired
    PhotoPairs pairs;

    @Test
    @WithUserDetails("official")
    void forOneProjectTheOfficialAttachesPhotosChoosesAPairAndThePdfEndsWithIt() throws Exception {
        PhotoPairs.Item item = pairs.newItem("报告页 " + System.nanoTime());
        AttachmentRow earliest = pairs.photo(item, Phase.BEFORE, LocalDateTime.of(2022, 3, 2, 9, 0));
        AttachmentRow later = pairs.photo(item, Phase.BEFORE, LocalDateTime.of(2022, 4, 6, 9, 0));
        AttachmentRow after = pairs.photo(item, Phase.AFTER, LocalDateTime.of(2022, 10, 9, 9, 0));
        UI.getCurrent().navigate("reports");
        ReportView view = (ReportView) UI.getCurrent().getCurrentView();
        PhotoChoice choice = view.getChildren().filter(PhotoChoice.class::isInstance).map(PhotoChoice.class::cast)
                .findFirst().orElseThrow();
        assertThat(choice.isVisible()).as("no appendix for a region's report").isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<ProjectRow> project = $(ComboBox.class, view).id("report-project");
        project.setValue(project.getListDataView().getItems().filter(p -> p.id() == item.projectId()).findFirst()
                .orElseThrow());
        assertThat(choice.isVisible()).isTrue();
        assertThat(choice.selection()).as("not ticked").isNull();
        test($(Checkbox.class, view).id("report-photos")).click();
        var row = $(FlexLayout.class, view).id("report-photo-item-" + item.id());
        @SuppressWarnings("unchecked")
        List<Select<AttachmentRow>> sides = $(Select.class, row).all().stream().map(s -> (Select<AttachmentRow>) s)
                .toList();
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).getValue().token()).as("earliest before").isEqualTo(earliest.token());
        assertThat(sides.get(1).getValue().token()).isEqualTo(after.token());
        sides.get(0).setValue(later);

        test($(Button.class, view).id("export-pdf")).click();
        await(() -> $(Anchor.class, view).withId("export-link-pdf").exists());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test($(Anchor.class, view).id("export-link-pdf")).download(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains(item.name().replaceAll("\\s+", ""), "拍摄于2022年4月6日", "拍摄于2022年10月9日")
                    .doesNotContain("拍摄于2022年3月2日");
        }
    }

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
