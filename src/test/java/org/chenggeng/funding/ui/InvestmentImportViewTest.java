package org.chenggeng.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.chenggeng.funding.FundingService;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The investment import screen, reached from the 资金 page by those who may record investment: a file with a bad row
 * lists it and cannot be imported, a clean file is imported and shows on the 资金 page; others find no way in.
 */
@ChenggengTest
class InvestmentImportViewTest extends BackgroundUiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("月份", "资金来源", "金额（元）", "备注");

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    FundingService funding;
    @Autowired
    TestUsers as;

    private long project(String code) throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    @Test
    @WithUserDetails("official")
    void aBadRowIsListedAndACleanFileIsImportedFromTheFundingPage() throws Exception {
        long wanxin = project("YYH-2025-01");
        FundingView page = navigate("projects/" + wanxin + "/funding", FundingView.class);
        Anchor link = $(Anchor.class, page).id("funding-import");
        assertThat(link.getHref()).isEqualTo("projects/" + wanxin + "/funding/import");
        BigDecimal completed = as.as("official", () -> funding.overview(wanxin)).completed();

        InvestmentImportView view = navigate("projects/" + wanxin + "/funding/import", InvestmentImportView.class);
        assertThat($(H2.class, view).id("investment-import-title").getText()).isEqualTo("导入完成投资：万新里小区综合整治");
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        test($(Anchor.class, view).id("investment-import-template")).download(template);
        assertThat(template.toByteArray()).startsWith((byte) 'P', (byte) 'K');

        test($(Upload.class, view).id("import-upload")).upload("完成投资.xlsx", XLSX, XlsxFiles.bytes(HEADERS,
                List.<Object[]>of(new Object[]{"2026-08", "居民出资", 8000, "首批居民出资"},
                        new Object[]{"2026-09", "居民出资", 8000.123, null})));
        Span summary = $(Span.class, view).id("investment-import-summary");
        await(() -> !summary.getText().isEmpty());
        @SuppressWarnings("unchecked")
        Grid<ImportIssue> errors = $(Grid.class, view).id("investment-import-errors");
        Button importButton = $(Button.class, view).id("investment-import-button");
        assertThat(summary.getText()).isEqualTo("完成投资.xlsx：共 2 行，可导入 1 行，已导入过 0 行，1 行有错误");
        assertThat(test(errors).size()).isEqualTo(1);
        assertThat(test(errors).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(errors).getCellText(0, 2)).isEqualTo("金额最多两位小数（元）。");
        assertThat(importButton.isEnabled()).isFalse();

        test($(Upload.class, view).id("import-upload")).upload("完成投资.xlsx", XLSX, XlsxFiles.bytes(HEADERS,
                List.<Object[]>of(new Object[]{"2026-08", "居民出资", 8000, "首批居民出资"})));
        await(importButton::isEnabled);
        assertThat(errors.isVisible()).isFalse();
        test(importButton).click();
        await(() -> summary.getText().startsWith("已导入"));

        assertThat(summary.getText()).startsWith("已导入 1 行");
        assertThat(as.as("official", () -> funding.overview(wanxin)).completed())
                .isEqualByComparingTo(completed.add(new BigDecimal("8000")));
        FundingView after = navigate("projects/" + wanxin + "/funding", FundingView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class, after).id("investment-ledger").getElement()
                .getTextRecursively()).contains("首批居民出资");
    }

    @Test
    @WithUserDetails("committee")
    void whoMayNotRecordInvestmentFindsNoImport() throws Exception {
        long elevator = project("YYH-2026-03");
        FundingView page = navigate("projects/" + elevator + "/funding", FundingView.class);

        assertThat($(Anchor.class, page).all()).noneMatch(a -> "funding-import".equals(a.getId().orElse("")));
        assertThat(navigate("projects/" + elevator + "/funding/import", com.vaadin.flow.component.Component.class))
                .isNotInstanceOf(InvestmentImportView.class);
    }
}
