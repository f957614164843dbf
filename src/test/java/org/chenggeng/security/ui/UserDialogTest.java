package org.chenggeng.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The account dialog says a bad value on its field, its own rule or the service's, and creates nobody. */
@ChenggengTest
class UserDialogTest extends SpringBrowserlessTest {

    @Autowired
    UserAdminService users;

    @Test
    @WithUserDetails("security")
    void aBadUsernameAndAShortPasswordAreSaidOnTheirFieldsAndNobodyIsCreated() {
        long before = users.count(null);
        navigate(UserAdminView.class);
        test($(Button.class).id("create-user")).click();
        $(TextField.class).id("user-username").setValue("坏");
        $(TextField.class).id("user-display-name").setValue("新同事");
        $(PasswordField.class).id("user-password").setValue("short");
        test($(Button.class).id("user-save")).click();

        TextField username = $(TextField.class).id("user-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("用户名须为 2–50 个字母、数字或 . _ -。");
        PasswordField password = $(PasswordField.class).id("user-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("密码至少需要 10 个字符。");
        assertThat($(Notification.class).exists()).isFalse();
        assertThat(users.count(null)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("security")
    void aUsernameTheServiceFindsTakenIsSaidOnTheUsernameField() {
        long before = users.count(null);
        navigate(UserAdminView.class);
        test($(Button.class).id("create-user")).click();
        $(TextField.class).id("user-username").setValue("pm");
        $(TextField.class).id("user-display-name").setValue("重名的人");
        $(PasswordField.class).id("user-password").setValue("Lange-Genug-42");
        @SuppressWarnings("unchecked")
        ComboBox<Object> region = $(ComboBox.class).id("user-region");
        region.setValue(region.getListDataView().getItems().findFirst().orElseThrow());
        test($(Button.class).id("user-save")).click();

        TextField username = $(TextField.class).id("user-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("用户名“pm”已被使用。");
        assertThat(users.count(null)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("security")
    void anEditReadsTheAccountBackAndSavesAChangedName() {
        navigate(UserAdminView.class);
        UserAdminService.UserRow pm = users.search("pm", org.springframework.data.domain.PageRequest.of(0, 10))
                .stream().filter(u -> u.username().equals("pm")).findFirst().orElseThrow();
        new UserDialog(users, pm).open();
        assertThat($(TextField.class).id("user-username").getValue()).isEqualTo("pm");
        assertThat($(TextField.class).id("user-display-name").getValue()).isEqualTo(pm.displayName());
        $(TextField.class).id("user-display-name").setValue("改过名的项目经理");
        test($(Button.class).id("user-save")).click();

        assertThat(users.search("pm", org.springframework.data.domain.PageRequest.of(0, 10)).stream()
                .filter(u -> u.username().equals("pm")).findFirst().orElseThrow().displayName())
                .isEqualTo("改过名的项目经理");
    }
}
