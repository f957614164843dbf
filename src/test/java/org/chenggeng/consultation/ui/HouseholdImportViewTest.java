package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import org.chenggeng.consultation.HouseholdImportFixture;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chenggeng.consultation.HouseholdImportFixture.row;

/** The committee's import screen lists a file's bad rows, imports only a clean file, and links back to the register. */
@ChenggengTest
class HouseholdImportViewTest extends BackgroundUiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    HouseholdImportFixture fixture;

    @Test
    @WithUserDetails("committee")
    void aFileWithBadRowsIsListedAndACleanOneIsImported() throws Exception {
        Long compound = fixture.compound();
        UI.getCurrent().navigate(HouseholdImportView.class, QueryParameters.of("compound", compound.toString()));
        HouseholdImportView view = (HouseholdImportView) getCurrentView();
        assertThat($(H2.class, view).id("household-import-title").getText()).startsWith("导入住户名册：住户导入测试小区");
        assertThat($(Anchor.class, view).id("household-import-back").getHref())
                .isEqualTo("households?compound=" + compound);
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        test($(Anchor.class, view).id("household-import-template")).download(template);
        assertThat(template.toByteArray()).startsWith((byte) 'P', (byte) 'K');

        test($(Upload.class, view).id("import-upload")).upload("住户.xlsx", XLSX, HouseholdImportFixture.bytes(
                row("1号楼", "1单元", "101", 65.5, "张三", null),
                row("1号楼", "1单元", "102", 0, null, null)));
        Span summary = $(Span.class, view).id("household-import-summary");
        await(() -> !summary.getText().isEmpty());

        @SuppressWarnings("unchecked")
        Grid<ImportIssue> errors = $(Grid.class, view).id("household-import-errors");
        assertThat(summary.getText()).isEqualTo("住户.xlsx：共 2 行，新增 1 户，名册中已有 0 户（将跳过），1 行有错误");
        assertThat(test(errors).size()).isEqualTo(1);
        assertThat(test(errors).getCellText(0, 1)).isEqualTo("建筑面积（m²）");
        assertThat(test(errors).getCellText(0, 2)).isEqualTo("建筑面积须大于 0 且不超过 9999.99 平方米。");
        Button importButton = $(Button.class, view).id("household-import-button");
        assertThat(importButton.isEnabled()).isFalse();

        test($(Upload.class, view).id("import-upload")).upload("住户.xlsx", XLSX, HouseholdImportFixture.bytes(
                row("1号楼", "1单元", "101", 65.5, "张三", null),
                row("1号楼", "1单元", "102", 70, null, null)));
        await(importButton::isEnabled);
        assertThat(summary.getText()).isEqualTo("住户.xlsx：共 2 行，新增 2 户，名册中已有 0 户（将跳过）");
        test(importButton).click();
        await(() -> summary.getText().startsWith("已导入"));

        assertThat(summary.getText()).isEqualTo("已导入 2 户。");
        assertThat(fixture.register(compound)).hasSize(2);
    }

    @Test
    @WithUserDetails("committee")
    void anotherCommunitysCompoundOrNoCompoundLooksLikeAPageThatDoesNotExist() throws Exception {
        Long foreign = fixture.foreignCompound();

        UI.getCurrent().navigate(HouseholdImportView.class, QueryParameters.of("compound", foreign.toString()));
        assertThat(getCurrentView()).isNotInstanceOf(HouseholdImportView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("页面不存在");

        UI.getCurrent().navigate(HouseholdImportView.class);
        assertThat(getCurrentView()).isNotInstanceOf(HouseholdImportView.class);
    }
}
