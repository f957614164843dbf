package org.chenggeng.work.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item's ledger on screen: reached from the logging page and the progress page, paged newest first, and an entry
 * of three weeks ago corrected from it without knowing its date.
 */
@ChenggengTest
class ItemLedgerViewTest extends SpringBrowserlessTest {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    WorkTypeService types;
    @Autowired
    WorkItemService items;
    @Autowired
    ProgressService progress;
    @Autowired
    TestUsers as;

    private long fumin;
    private long benches;
    private final List<Long> logged = new ArrayList<>();

    @BeforeEach
    void planBenchesWithThreeWeeksOfEntries() throws Exception {
        fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        as.run("pm", () -> {
            Long bench = types.all().stream().filter(t -> t.data().code().equals("BENCH")).findFirst().orElseThrow().id();
            benches = items.create(fumin, new WorkItemData(bench, new BigDecimal("100"), "台账测试", null, null, null));
            for (int daysAgo = 20; daysAgo >= 0; daysAgo--) {
                logged.add(progress.log(new ProgressService.LogRequest(benches, LocalDate.now().minusDays(daysAgo),
                        BigDecimal.ONE, null, false)));
            }
        });
    }

    @Test
    @WithUserDetails("pm")
    void theLoggingPageLeadsToTheItemsLedgerWhereAnOldEntryIsCorrected() {
        LogProgressView log = navigate(LogProgressView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ProjectRow> project = $(ComboBox.class, log).id("log-project");
        project.setValue(project.getListDataView().getItems().filter(p -> p.id() == fumin).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<WorkItemRow> item = $(ComboBox.class, log).id("log-item");
        item.setValue(item.getListDataView().getItems().filter(i -> i.id() == benches).findFirst().orElseThrow());
        Anchor link = $(Anchor.class, log).id("log-ledger");
        assertThat(link.getHref()).isEqualTo("work-items/" + benches + "/ledger");

        ItemLedgerView ledger = navigate(link.getHref(), ItemLedgerView.class);
        assertThat($(H2.class, ledger).id("ledger-title").getText()).isEqualTo("休闲座椅新增");
        assertThat($(Span.class, ledger).id("ledger-count").getText()).isEqualTo("共 21 条记录");
        assertThat($(Span.class, ledger).id("ledger-page").getText()).isEqualTo("第 1 / 2 页");
        assertThat($(Button.class, ledger).withId("correct-" + logged.getLast()).exists()).isTrue();
        assertThat($(Button.class, ledger).withId("correct-" + logged.getFirst()).exists()).isFalse();

        test($(Button.class, ledger).id("ledger-older")).click();
        assertThat($(Span.class, ledger).id("ledger-page").getText()).isEqualTo("第 2 / 2 页");
        test($(Button.class, ledger).id("correct-" + logged.getFirst())).click();
        $(BigDecimalField.class).id("correct-quantity").setValue(new BigDecimal("3"));
        $(TextField.class).id("correct-reason").setValue("漏记两把");
        test($(Button.class).id("correct-save")).click();

        assertThat($(Span.class, ledger).id("ledger-count").getText()).isEqualTo("共 22 条记录");
        assertThat($(Div.class, ledger).id("ledger-item").getElement().getTextRecursively()).contains("23 把");
    }

    @Test
    @WithUserDetails("pm")
    void everyItemOnTheProgressPageHasItsLedger() {
        ProjectProgressView view = navigate("projects/" + fumin + "/progress", ProjectProgressView.class);

        List<Grid> grids = $(Grid.class, view).all();
        assertThat(grids).isNotEmpty().allSatisfy(grid -> {
            int actions = grid.getColumns().size() - 1;
            for (int row = 0; row < test(grid).size(); row++) {
                assertThat(test(grid).getCellComponent(row, actions).getChildren()
                        .filter(c -> c.hasClassName("ledger-button")).count()).isEqualTo(1);
            }
        });
    }

    @Test
    @WithUserDetails("official")
    void anOfficialReadsTheLedgerWithNothingToCorrect() {
        ItemLedgerView ledger = navigate("work-items/" + benches + "/ledger", ItemLedgerView.class);

        assertThat($(Span.class, ledger).id("ledger-count").getText()).isEqualTo("共 21 条记录");
        assertThat($(Button.class, ledger).withClassName("correct-button").exists()).isFalse();
    }

    @Test
    @WithUserDetails("pm")
    void theCorrectionAndTheQuestionBeyondThePlanSayTheItemsUnit() {
        ItemLedgerView ledger = navigate("work-items/" + benches + "/ledger", ItemLedgerView.class);
        test($(Button.class, ledger).id("correct-" + logged.getLast())).click();
        BigDecimalField quantity = $(BigDecimalField.class).id("correct-quantity");
        assertThat(((Span) quantity.getSuffixComponent()).getText()).isEqualTo("把");

        // 21 benches logged against a plan of 100: correcting the last 1 to 90 would reach 110
        quantity.setValue(new BigDecimal("90"));
        $(TextField.class).id("correct-reason").setValue("改正数量");
        test($(Button.class).id("correct-save")).click();

        ConfirmDialog question = $(ConfirmDialog.class).id("overrun-confirm");
        assertThat(question.getElement().getProperty("message")).contains("100 把").contains("110 把");
    }
}
