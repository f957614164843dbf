package org.chenggeng.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.security.TwoFactorService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;

import java.util.List;

/**
 * Two-factor sign-in on the profile page and on the forced enrolment page: switching it on (a QR code and the base32
 * secret for any authenticator app, confirmed by a first code), the recovery codes shown once, new recovery codes and
 * switching it off, each for a current code. {@code onEnrolled} runs once the new recovery codes have been saved.
 */
public class TwoFactorPanel extends VerticalLayout {

    private final transient TwoFactorService twoFactor;
    private final transient Runnable onEnrolled;

    public TwoFactorPanel(TwoFactorService twoFactor) {
        this(twoFactor, null);
    }

    TwoFactorPanel(TwoFactorService twoFactor, Runnable onEnrolled) {
        this.twoFactor = twoFactor;
        this.onEnrolled = onEnrolled;
        setId("two-factor");
        setPadding(false);
        setMaxWidth("40rem");
        show();
    }

    private void show() {
        removeAll();
        TwoFactorService.Status status = twoFactor.status();
        add(new H3(getTranslation("twoFactor.title")));
        if (status.enrolled()) {
            showEnrolled(status);
        } else {
            Paragraph intro = new Paragraph(getTranslation(status.required() ? "twoFactor.off.required"
                    : "twoFactor.off"));
            intro.setId("two-factor-status");
            Button start = new Button(getTranslation("twoFactor.start"), e -> showEnrolment());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("totp-start");
            add(intro, start);
        }
    }

    private void showEnrolment() {
        removeAll();
        TwoFactorService.NewSecret secret = twoFactor.newSecret();
        Span text = new Span(group(secret.secret()));
        text.setId("totp-secret");
        text.addClassName("totp-secret");
        text.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-l)").set("letter-spacing", "0.05em");
        Div qr = new Div(QrCodeSvg.of(secret.uri(), "12rem"));
        qr.setId("totp-qr");
        TextField code = codeField("totp-code");
        Button confirm = new Button(getTranslation("twoFactor.confirm"), e -> confirm(secret.secret(), code));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("totp-confirm");
        HorizontalLayout row = new HorizontalLayout(code, confirm);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("twoFactor.title")), new Paragraph(getTranslation("twoFactor.scan")), qr,
                new Paragraph(getTranslation("twoFactor.orType")), text,
                new Paragraph(getTranslation("twoFactor.enterFirst")), row);
    }

    private void confirm(String secret, TextField code) {
        try {
            showRecoveryCodes(twoFactor.confirm(secret, code.getValue()), "twoFactor.enabled");
        } catch (DomainException e) {
            code.setErrorMessage(Notifications.translate(e));
            code.setInvalid(true);
        }
    }

    private void showEnrolled(TwoFactorService.Status status) {
        Paragraph on = new Paragraph(getTranslation("twoFactor.on", status.recoveryCodesLeft()));
        on.setId("two-factor-status");
        TextField code = codeField("totp-manage-code");
        Button regenerate = new Button(getTranslation("twoFactor.regenerate"), e -> {
            try {
                showRecoveryCodes(twoFactor.regenerateRecoveryCodes(code.getValue()), "twoFactor.regenerated");
            } catch (DomainException ex) {
                code.setErrorMessage(Notifications.translate(ex));
                code.setInvalid(true);
            }
        });
        regenerate.setId("totp-regenerate");
        HorizontalLayout row = new HorizontalLayout(code, regenerate);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (!status.required()) {
            Button disable = new Button(getTranslation("twoFactor.disable"), e -> {
                try {
                    twoFactor.disable(code.getValue());
                    Notifications.success("twoFactor.disabled");
                    show();
                } catch (DomainException ex) {
                    code.setErrorMessage(Notifications.translate(ex));
                    code.setInvalid(true);
                }
            });
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            disable.setId("totp-disable");
            row.add(disable);
        }
        add(on, new Paragraph(getTranslation("twoFactor.manage")), row);
    }

    private void showRecoveryCodes(List<String> codes, String doneKey) {
        removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("columns", "2").set("column-gap", "3rem").set("list-style", "none").set("padding", "0")
                .set("font-size", "var(--lumo-font-size-l)");
        codes.forEach(c -> list.add(new ListItem(c)));
        Div warning = new Div(new Span(getTranslation("twoFactor.recovery.text")));
        warning.addClassName("banner-warning");
        Button saved = new Button(getTranslation("twoFactor.recovery.saved"), e -> {
            if (onEnrolled != null) {
                onEnrolled.run();
            } else {
                show();
            }
        });
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saved.setId("recovery-saved");
        add(new H3(getTranslation("twoFactor.recovery.title")), new Paragraph(getTranslation(doneKey)), warning, list,
                saved);
    }

    private TextField codeField(String id) {
        TextField code = new TextField(getTranslation("twoFactor.code"));
        code.setId(id);
        code.setMaxLength(6);
        code.setPattern("[0-9]*");
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidth("10rem");
        return code;
    }

    /** The secret in groups of four, as authenticator apps show it, easier to type. */
    private static String group(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
