package org.chenggeng.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.security.AccessTokenService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile's token section: create with a name, the secret shown once, listed by prefix, revoked on confirm. */
@ChenggengTest
class AccessTokensPanelTest extends SpringBrowserlessTest {

    @Autowired
    AccessTokenService tokens;
    @Autowired
    TestUsers as;

    @AfterEach
    void revokeTokens() throws Exception {
        as.run("official", () -> tokens.mine().forEach(t -> tokens.revoke(t.id())));
    }

    @Test
    @WithUserDetails("official")
    void aNewTokensSecretIsShownOnceThenItIsListedByItsPrefix() {
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.getElement().getTextRecursively()).contains("个人访问令牌");
        assertThat($(Paragraph.class).id("no-tokens").isVisible()).isTrue();

        $(TextField.class).id("token-name").setValue("区数据平台");
        test($(Button.class).id("create-token")).click();

        Dialog dialog = $(Dialog.class).id("new-token-dialog");
        String secret = $(TextField.class, dialog).id("new-token-secret").getValue();
        assertThat(secret).startsWith("cg_").hasSize(43);
        assertThat($(Paragraph.class, dialog).id("new-token-warning").getText()).contains("无法再次查看");
        test($(Button.class, dialog).id("token-saved")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat($(TextField.class).all()).extracting(TextField::getValue).doesNotContain(secret);
        @SuppressWarnings("unchecked")
        Grid<AccessTokenService.TokenRow> grid = $(Grid.class).id("token-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("区数据平台");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(secret.substring(0, 8) + "…");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("尚未使用");
    }

    @Test
    @WithUserDetails("official")
    void aTokenNeedsAName() {
        navigate(ProfileView.class);
        test($(Button.class).id("create-token")).click();

        TextField name = $(TextField.class).id("token-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写令牌名称。");
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("official")
    void revokingAsksFirstThenRemovesTheToken() throws Exception {
        Long id = as.as("official", () -> tokens.create("旧系统")).id();
        navigate(ProfileView.class);

        @SuppressWarnings("unchecked")
        Grid<AccessTokenService.TokenRow> grid = $(Grid.class).id("token-grid");
        Button revoke = (Button) test(grid).getCellComponent(0, 4);
        assertThat(revoke.getId()).hasValue("revoke-token-" + id);
        test(revoke).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("revoke-token-confirm");
        test(confirm).confirm();

        assertThat(as.as("official", () -> tokens.mine())).isEmpty();
        assertThat(grid.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("no-tokens").isVisible()).isTrue();
    }
}
