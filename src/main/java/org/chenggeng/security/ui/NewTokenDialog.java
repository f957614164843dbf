package org.chenggeng.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.security.AccessTokenService;
import org.chenggeng.shared.ui.Notifications;

/**
 * Shows a token's secret the only time it exists outside the client: after creation. It does not close on a
 * click beside it, so that the secret is not lost by accident before it was copied.
 */
class NewTokenDialog extends Dialog {

    NewTokenDialog(AccessTokenService.NewToken token) {
        setId("new-token-dialog");
        setHeaderTitle(getTranslation("token.new.title", token.name()));
        setCloseOnOutsideClick(false);
        setWidth("36rem");
        setMaxWidth("100%");
        TextField secret = new TextField();
        secret.setId("new-token-secret");
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        Paragraph warning = new Paragraph(getTranslation("token.new.text"));
        warning.setId("new-token-warning");
        Button copy = new Button(getTranslation("token.new.copy"), VaadinIcon.COPY.create(), e -> copy(secret));
        copy.setId("copy-token");
        Button done = new Button(getTranslation("token.new.done"), e -> close());
        done.setId("token-saved");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(warning, secret);
        getFooter().add(copy, done);
    }

    /**
     * Selects the token and puts it on the clipboard. Browsers offer the clipboard only on HTTPS (and localhost);
     * elsewhere the selected text is there to copy by hand.
     */
    private static void copy(TextField secret) {
        secret.getElement().executeJs("this.inputElement.select(); return navigator.clipboard"
                        + " ? navigator.clipboard.writeText(this.value).then(() => true, () => false) : false")
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notifications.success("token.new.copied");
                    }
                });
    }
}
