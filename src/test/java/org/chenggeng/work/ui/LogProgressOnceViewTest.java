package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.work.ImportFixture;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

/**
 * Saving on the phone: the button is off while a save runs, each entry typed is logged once, and a save sent again
 * after its answer was lost logs nothing more (the form keeps its idempotency key until a save is answered).
 */
@ChenggengTest
class LogProgressOnceViewTest extends BackgroundUiTest {

    @Autowired
    ImportFixture fixture;
    @Autowired
    WorkItemService items;
    @MockitoSpyBean
    ProgressService progress;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theSaveButtonIsOffWhileSavingAndEachEntryIsLoggedOnce() throws Exception {
        ImportFixture.Site site = fixture.site();
        long item = fixture.item(site.projectId(), "SEPTIC_TANK", "40", null);
        LogProgressView view = navigate("log", LogProgressView.class);
        ComboBox<ProjectRow> project = $(ComboBox.class, view).id("log-project");
        project.setValue(project.getListDataView().getItems().filter(p -> p.id().equals(site.projectId()))
                .findFirst().orElseThrow());
        ComboBox<WorkItemRow> itemBox = $(ComboBox.class, view).id("log-item");
        itemBox.setValue(itemBox.getListDataView().getItems().filter(i -> i.id() == item).findFirst().orElseThrow());
        Button save = $(Button.class, view).id("log-save");
        assertThat(save.isDisableOnClick()).isTrue();

        $(BigDecimalField.class, view).id("log-quantity").setValue(new BigDecimal("2"));
        test(save).click();
        assertThat(save.isEnabled()).isTrue();
        $(BigDecimalField.class, view).id("log-quantity").setValue(new BigDecimal("3"));
        test(save).click();

        WorkItemRow row = items.item(item);
        assertThat(row.entryCount()).isEqualTo(2);
        assertThat(row.completed()).isEqualByComparingTo("5");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void aSaveTappedAgainAfterItsAnswerWasLostLogsTheEntryOnce() throws Exception {
        ImportFixture.Site site = fixture.site();
        long item = fixture.item(site.projectId(), "SEPTIC_TANK", "40", null);
        AtomicBoolean answerLost = new AtomicBoolean(true);
        doAnswer(call -> {
            Object logged = call.callRealMethod();
            if (answerLost.getAndSet(false)) {
                // the entry is committed, then the answer never reaches the form, as when the connection drops
                Runnable lose = () -> {
                    throw new TransientDataAccessResourceException("connection lost after the commit (test)");
                };
                if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                    lose.run();
                }
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        lose.run();
                    }
                });
            }
            return logged;
        }).when(progress).log(any(ProgressService.LogRequest.class), anyString());
        LogProgressView view = navigate("log", LogProgressView.class);
        ComboBox<ProjectRow> project = $(ComboBox.class, view).id("log-project");
        project.setValue(project.getListDataView().getItems().filter(p -> p.id().equals(site.projectId()))
                .findFirst().orElseThrow());
        ComboBox<WorkItemRow> itemBox = $(ComboBox.class, view).id("log-item");
        itemBox.setValue(itemBox.getListDataView().getItems().filter(i -> i.id() == item).findFirst().orElseThrow());
        $(BigDecimalField.class, view).id("log-quantity").setValue(new BigDecimal("2"));
        Button save = $(Button.class, view).id("log-save");

        try {
            test(save).click();
        } catch (RuntimeException lost) {
            // the browserless click hands the failure back; in a browser the error handler says it
        }
        assertThat(items.item(item).entryCount()).as("the first save was committed").isEqualTo(1);
        test(save).click();

        WorkItemRow row = items.item(item);
        assertThat(row.entryCount()).isEqualTo(1);
        assertThat(row.completed()).isEqualByComparingTo("2");
    }
}
