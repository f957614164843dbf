package org.chenggeng.work.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.ui.Messages;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.PeriodLockService;
import org.chenggeng.work.ProgressReadService;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals on the logging page stand under the field they are about instead of covering it, a success closes the
 * errors still open, and months in messages and on the locks screen read 2026年11月 / Nov 2026.
 */
@ChenggengTest
class LogProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    WorkTypeService types;
    @Autowired
    WorkItemService items;
    @Autowired
    ProgressService progress;
    @Autowired
    PeriodLockService locks;
    @Autowired
    ProjectAccess projects;
    @Autowired
    ProjectQueries projectQueries;
    @Autowired
    ProgressReadService reads;
    @Autowired
    org.chenggeng.evidence.ui.PhotoWidgets photoWidgets;
    @Autowired
    TestUsers as;

    private long fumin;
    private long benches;

    @BeforeEach
    void planBenches() throws Exception {
        fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        benches = as.as("pm", () -> items.create(fumin, new WorkItemData(types.all().stream()
                .filter(t -> t.data().code().equals("BENCH")).findFirst().orElseThrow().id(), new BigDecimal("50"),
                "提示测试", null, null, null)));
    }

    @Test
    @WithUserDetails("pm")
    void aBadQuantityIsShownOnTheQuantityFieldAndASuccessClosesTheErrorsStillOpen() {
        LogProgressView view = navigate(LogProgressView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ProjectRow> project = $(ComboBox.class, view).id("log-project");
        project.setValue(project.getListDataView().getItems().filter(p -> p.id() == fumin).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<WorkItemRow> item = $(ComboBox.class, view).id("log-item");
        item.setValue(item.getListDataView().getItems().filter(i -> i.id() == benches).findFirst().orElseThrow());
        BigDecimalField quantity = $(BigDecimalField.class, view).id("log-quantity");

        quantity.setValue(new BigDecimal("1.5"));
        test($(Button.class, view).id("log-save")).click();

        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("以“把”计的工程量须为整数。");
        assertThat(openErrors()).isEmpty();

        Notifications.errorKey("progress.error.dateRequired");
        assertThat(openErrors()).hasSize(1);
        quantity.setValue(new BigDecimal("2"));
        test($(Button.class, view).id("log-save")).click();

        assertThat(quantity.isInvalid()).isFalse();
        assertThat(openErrors()).isEmpty();
        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(n.isOpened()).isTrue());
    }

    @Test
    @WithUserDetails("pm")
    void thePhotoUploadsSpeakTheUsersLanguageDropTextIncluded() {
        LogProgressView view = navigate(LogProgressView.class);
        for (String id : new String[]{"evidence-camera", "evidence-gallery"}) {
            UploadI18N texts = $(Upload.class, view).id(id).getI18n();
            // with more than one file allowed the component shows the plural text, which was left in English
            assertThat(texts.getDropFiles().getMany()).as(id).isEqualTo("或将照片拖放到此处");
            assertThat(texts.getDropFiles().getOne()).as(id).isEqualTo("或将照片拖放到此处");
        }
    }

    @Test
    @WithUserDetails("pm")
    void theDayListOffersACorrectionOnlyWhereTheLedgerWould() throws Exception {
        LocalDate lastMonth = LocalDate.now().minusMonths(1).withDayOfMonth(10);
        LocalDate today = LocalDate.now();
        as.as("pm", () -> progress.log(new ProgressService.LogRequest(benches, lastMonth, BigDecimal.ONE,
                null, false)));
        as.as("pm", () -> progress.log(new ProgressService.LogRequest(benches, today, BigDecimal.ONE,
                null, false)));
        Long community = as.as("pm", () -> projects.workAccess(fumin).communityIds().iterator().next());
        as.run("official", () -> locks.lock(community, YearMonth.from(lastMonth)));
        try {
            showsCorrectionsOnlyOutsideTheLockedMonth(today, lastMonth);
        } finally {
            as.run("official", () -> locks.unlock(community, YearMonth.from(lastMonth)));
        }
    }

    private void showsCorrectionsOnlyOutsideTheLockedMonth(LocalDate today, LocalDate lastMonth) {
        LogProgressView view = navigate(LogProgressView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ProjectRow> project = $(ComboBox.class, view).id("log-project");
        project.setValue(project.getListDataView().getItems().filter(p -> p.id() == fumin).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<WorkItemRow> item = $(ComboBox.class, view).id("log-item");
        item.setValue(item.getListDataView().getItems().filter(i -> i.id() == benches).findFirst().orElseThrow());
        DatePicker date = $(DatePicker.class, view).first();
        Div day = $(Div.class, view).id("day-entries");

        assertThat(date.getValue()).isEqualTo(today);
        assertThat($(Button.class, day).withClassName("correct-button").all()).hasSize(1);
        date.setValue(lastMonth);
        assertThat(day.getElement().getTextRecursively()).contains("1 把");
        assertThat($(Button.class, day).withClassName("correct-button").exists()).isFalse();
    }

    @Test
    @WithUserDetails("pm")
    void theInjectedClockGivesTheDefaultDateAndTheLatestOne() {
        Clock earlyOnTheSixteenthInShanghai = Clock.fixed(Instant.parse("2024-03-15T18:30:00Z"), ZoneId.of("Asia/Shanghai"));

        LogProgressView view = new LogProgressView(projectQueries, items, progress, reads, photoWidgets,
                earlyOnTheSixteenthInShanghai);

        DatePicker date = $(DatePicker.class, view).first();
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2024, 3, 16));
        assertThat(date.getMax()).isEqualTo(LocalDate.of(2024, 3, 16));
    }

    @Test
    @WithUserDetails("official")
    void monthsReadAsEachLanguageWritesThem() {
        assertThat(Messages.sentence(UI.getCurrent(), "progress.error.monthLocked", "2026-11"))
                .startsWith("2026年11月 已锁定");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        PeriodLockView locks = navigate(PeriodLockView.class);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class, locks).id("lock-grid");
        List<String> months = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getCellText(i, 1)).toList();
        assertThat(months).contains("Dec 2022", "Nov 2022");
        assertThat(Messages.sentence(UI.getCurrent(), "progress.error.monthLocked", "2026-11")).startsWith("Nov 2026");
    }

    private List<Notification> openErrors() {
        return $(Notification.class).all().stream().filter(Notification::isOpened)
                .filter(n -> n.getThemeNames().contains("error")).toList();
    }
}
