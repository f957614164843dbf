package org.chenggeng.work.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan dialog says a bad value on its field, before the service is asked, and plans nothing. */
@ChenggengTest
class WorkItemDialogTest extends SpringBrowserlessTest {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    WorkItemService items;
    @Autowired
    TestUsers as;

    private long fumin;

    @BeforeEach
    void findTheProject() throws Exception {
        fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    @Test
    @WithUserDetails("pm")
    void aNegativePlannedQuantityIsSaidOnItsFieldAndNothingIsPlanned() throws Exception {
        int before = as.as("pm", () -> items.items(fumin).size());
        navigate("projects/" + fumin + "/progress", ProjectProgressView.class);
        test($(Button.class).id("plan-item")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> type = $(ComboBox.class).id("item-type");
        type.setValue(type.getListDataView().getItems().findFirst().orElseThrow());
        $(BigDecimalField.class).id("item-planned").setValue(new BigDecimal("-3"));
        test($(Button.class).id("item-save")).click();

        BigDecimalField planned = $(BigDecimalField.class).id("item-planned");
        assertThat(planned.isInvalid()).isTrue();
        assertThat(planned.getErrorMessage()).isEqualTo("工程量不能为负数。");
        assertThat($(Notification.class).exists()).isFalse();
        assertThat(as.as("pm", () -> items.items(fumin).size())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("pm")
    void noWorkTypeIsSaidOnTheTypeField() throws Exception {
        int before = as.as("pm", () -> items.items(fumin).size());
        navigate("projects/" + fumin + "/progress", ProjectProgressView.class);
        test($(Button.class).id("plan-item")).click();
        $(BigDecimalField.class).id("item-planned").setValue(new BigDecimal("12"));
        test($(Button.class).id("item-save")).click();

        ComboBox<?> type = $(ComboBox.class).id("item-type");
        assertThat(type.isInvalid()).isTrue();
        assertThat(type.getErrorMessage()).isEqualTo("请选择工程内容。");
        assertThat(as.as("pm", () -> items.items(fumin).size())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("pm")
    void aGoodPlanIsSaved() throws Exception {
        int before = as.as("pm", () -> items.items(fumin).size());
        navigate("projects/" + fumin + "/progress", ProjectProgressView.class);
        test($(Button.class).id("plan-item")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> type = $(ComboBox.class).id("item-type");
        type.setValue(type.getListDataView().getItems().findFirst().orElseThrow());
        $(BigDecimalField.class).id("item-planned").setValue(new BigDecimal("12"));
        test($(Button.class).id("item-save")).click();

        assertThat(as.as("pm", () -> items.items(fumin).size())).isEqualTo(before + 1);
    }
}
