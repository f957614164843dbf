package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.work.ImportFixture;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving on the phone: the button is off while a save runs, and each entry typed is logged once. */
@ChenggengTest
class LogProgressOnceViewTest extends BackgroundUiTest {

    @Autowired
    ImportFixture fixture;
    @Autowired
    WorkItemService items;

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
}
