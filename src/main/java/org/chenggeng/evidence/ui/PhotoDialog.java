package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

/**
 * A photo full size: its display rendition, when it was taken, who uploaded it and, when it carries GPS, where; the
 * original to download; and, for who may attach to its record, withdrawal with a reason.
 */
class PhotoDialog extends Dialog {

    PhotoDialog(EvidenceService evidence, AttachmentRow photo, boolean mayWithdraw, Runnable withdrawn) {
        addClassName("photo-dialog");
        setHeaderTitle(photo.caption() != null ? photo.caption() : photo.fileName());
        var locale = getLocale();
        Image image = new Image(photo.displayUrl(), photo.fileName());
        image.addClassName("photo-full");
        image.setId("photo-full");
        Div meta = new Div();
        meta.addClassName("photo-meta");
        meta.add(line(photo.takenAt() != null
                ? getTranslation("evidence.takenAt", Formats.dateTime(photo.takenAt(), locale))
                : getTranslation("evidence.takenUnknown", Formats.dateTime(photo.uploadedAt(), locale))));
        meta.add(line(getTranslation("evidence.uploadedBy", photo.uploadedBy())));
        if (photo.hasPlace()) {
            meta.add(line(getTranslation("evidence.place", photo.latitude().toPlainString(),
                    photo.longitude().toPlainString())));
        }
        if (photo.phase() != null) {
            meta.add(line(getTranslation(photo.phase().messageKey())));
        }
        if (photo.sample()) {
            meta.add(line(getTranslation("evidence.sample")));
        }
        Anchor download = new Anchor(photo.originalUrl() + "?download", getTranslation("evidence.download"));
        download.getElement().setAttribute("download", true);
        download.setRouterIgnore(true);
        add(image, meta, download);
        if (photo.publishable() && evidence.mayPublish()) {
            com.vaadin.flow.component.checkbox.Checkbox shown = new com.vaadin.flow.component.checkbox.Checkbox(
                    getTranslation("evidence.showPublic"), photo.shownPublicly());
            shown.setHelperText(getTranslation("evidence.publicHint"));
            shown.setId("photo-public");
            shown.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    evidence.setPublic(photo.token(), e.getValue());
                } catch (DomainException refused) {
                    Notifications.error(refused);
                    shown.setValue(e.getOldValue());
                }
            });
            Div row = new Div(shown);
            row.addClassName("photo-public");
            add(row);
        }
        if (mayWithdraw) {
            TextField reason = new TextField(getTranslation("evidence.withdrawReason"));
            reason.setMaxLength(500);
            reason.setWidthFull();
            reason.setId("withdraw-reason");
            Button withdraw = new Button(getTranslation("evidence.withdraw"), e -> {
                try {
                    evidence.withdraw(photo.token(), reason.getValue());
                    Notifications.success("evidence.withdrawn");
                    close();
                    withdrawn.run();
                } catch (DomainException refused) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw-photo");
            add(reason, withdraw);
        }
        Button close = new Button(getTranslation("evidence.close"), e -> close());
        close.setId("close-photo");
        getFooter().add(close);
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.addClassName("photo-meta-line");
        return span;
    }
}
