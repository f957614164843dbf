package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.consultation.FeedbackModerationService;
import org.chenggeng.consultation.FeedbackService.FeedbackRow;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;

/**
 * The committee's moderation of a feedback sent from the public portal (decision 0024): take it up into the queue,
 * or reject it as spam with a reason, which is kept. The service refuses anyone but the project's committee.
 */
class ModerationButtons extends Div {

    ModerationButtons(FeedbackModerationService moderation, FeedbackRow f, Runnable done) {
        addClassName("feedback-moderate");
        Button accept = new Button(getTranslation("feedback.accept"), e -> {
            try {
                moderation.accept(f.id(), f.version());
                Notifications.success("feedback.acceptedNotice");
                done.run();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("feedback-accept");
        Button reject = new Button(getTranslation("feedback.reject"), e -> rejectDialog(moderation, f, done).open());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reject.addClassName("feedback-reject");
        add(accept, reject);
    }

    private Dialog rejectDialog(FeedbackModerationService moderation, FeedbackRow f, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("feedback.reject"));
        dialog.setWidth("min(28rem, 96vw)");
        TextField reason = new TextField(getTranslation("feedback.rejectReason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("reject-reason");
        dialog.add(reason);
        Button confirm = new Button(getTranslation("feedback.reject"), e -> {
            try {
                moderation.reject(f.id(), f.version(), reason.getValue());
                Notifications.success("feedback.rejectedNotice");
                dialog.close();
                done.run();
            } catch (DomainException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(Notifications.translate(refused));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("reject-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }
}
