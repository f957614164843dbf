package org.chenggeng.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.notice.NoticeRow;
import org.chenggeng.notice.NoticeService;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;

/** Withdraws a notice with the reason, which stays with it; residents no longer see it. */
class WithdrawDialog extends Dialog {

    WithdrawDialog(NoticeService notices, NoticeRow n, Runnable changed) {
        setHeaderTitle(getTranslation("notice.withdraw.title", n.title()));
        setWidth("min(32rem, 96vw)");
        add(new Paragraph(getTranslation("notice.withdraw.text")));
        TextArea reason = new TextArea(getTranslation("notice.withdraw.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setId("withdraw-reason");
        add(reason);
        FieldErrors errors = new FieldErrors().on(reason, "notice.error.reasonRequired", "error.tooLong");
        Button confirm = new Button(getTranslation("notice.withdraw"), e -> Saving.attempt(this, errors,
                () -> notices.withdraw(n.id(), n.version(), reason.getValue()), changed));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("withdraw-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
