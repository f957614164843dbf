package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.work.ImportFixture;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import screen reads an uploaded file in the background, lists its bad rows and imports only a clean file. */
@ChenggengTest
class ImportViewTest extends BackgroundUiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ImportFixture fixture;

    @Test
    @WithUserDetails("admin")
    void aFileWithBadRowsIsListedAndACleanOneIsImported() throws Exception {
        ImportFixture.Site site = fixture.site();
        fixture.item(site.projectId(), "SEPTIC_TANK", "40", null);
        ImportView view = navigate("projects/" + site.projectId() + "/import", ImportView.class);
        assertThat($(H2.class, view).id("import-title").getText()).startsWith("Excel 导入：导入测试项目");
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        test($(Anchor.class, view).id("import-template")).download(template);
        assertThat(template.toByteArray()).startsWith((byte) 'P', (byte) 'K');

        LocalDate day = LocalDate.of(2025, 3, 3);
        test($(Upload.class, view).id("import-upload")).upload("进度.xlsx", XLSX, XlsxFiles.bytes(
                XlsxFiles.PROGRESS_HEADERS, List.<Object[]>of(new Object[]{"SEPTIC_TANK", day, 1.5, null},
                        new Object[]{"SEPTIC_TANK", day, 2, null})));
        Span summary = $(Span.class, view).id("import-summary");
        await(() -> !summary.getText().isEmpty());

        @SuppressWarnings("unchecked")
        Grid<ImportIssue> errors = $(Grid.class, view).id("import-errors");
        assertThat(summary.getText()).isEqualTo("进度.xlsx：共 2 行，可导入 1 行，已导入过 0 行，1 行有错误");
        assertThat(test(errors).size()).isEqualTo(1);
        assertThat(test(errors).getCellText(0, 2)).isEqualTo("以“座”计的工程量须为整数。");
        Button importButton = $(Button.class, view).id("import-button");
        assertThat(importButton.isEnabled()).isFalse();

        test($(Upload.class, view).id("import-upload")).upload("进度.xlsx", XLSX, XlsxFiles.bytes(
                XlsxFiles.PROGRESS_HEADERS, List.<Object[]>of(new Object[]{"SEPTIC_TANK", day, 2, null})));
        await(importButton::isEnabled);
        assertThat(summary.getText()).isEqualTo("进度.xlsx：共 1 行，可导入 1 行，已导入过 0 行");
        test(importButton).click();
        await(() -> summary.getText().startsWith("已导入"));

        assertThat(summary.getText()).isEqualTo("已导入 1 行。");
    }
}
