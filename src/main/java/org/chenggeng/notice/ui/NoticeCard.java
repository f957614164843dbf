package org.chenggeng.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.notice.NoticeObjections;
import org.chenggeng.notice.NoticeRow;
import org.chenggeng.notice.NoticeService;
import org.chenggeng.notice.NoticeStatus;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.UiClock;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One notice: kind, title and status; its period and who wrote, published or withdrew it; its text, attachments and
 * objections; and the steps the signed-in user may take (edit, publish, withdraw).
 */
class NoticeCard extends Div {

    NoticeCard(NoticeRow n, NoticeService notices, NoticeObjections objections, PhotoWidgets files, Runnable changed) {
        addClassName("notice-card");
        setId("notice-" + n.id());
        Locale locale = getLocale();
        Div head = new Div(Badges.of(getTranslation(n.kind().labelKey()), "contrast"), new H3(n.title()),
                status(n));
        head.addClassName("notice-head");
        add(head);
        add(line(period(n, locale), "notice-period"));
        add(line(who(n, locale), "hint"));
        if (n.status() == NoticeStatus.WITHDRAWN) {
            add(line(getTranslation("notice.withdrawnBecause", n.withdrawalReason()), "notice-withdrawn"));
        }
        Paragraph body = new Paragraph(n.body());
        body.addClassName("notice-body");
        add(body);
        add(files.filesOf(OwnerType.NOTICE, n.id()));
        if (n.status() != NoticeStatus.DRAFT) {
            add(new ObjectionList(n, objections));
        }
        Div actions = new Div();
        actions.addClassName("notice-actions");
        if (n.mayEdit()) {
            Button edit = new Button(getTranslation("notice.edit"), VaadinIcon.EDIT.create(),
                    e -> new NoticeDialog(notices, n.projectId(), n, changed).open());
            edit.setId("edit-notice-" + n.id());
            Button publish = new Button(getTranslation("notice.publish"), VaadinIcon.MEGAPHONE.create(),
                    e -> confirmPublish(n, notices, changed));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("publish-notice-" + n.id());
            actions.add(edit, publish);
        }
        if (n.mayWithdraw()) {
            Button withdraw = new Button(getTranslation("notice.withdraw"), VaadinIcon.BAN.create(),
                    e -> new WithdrawDialog(notices, n, changed).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw-notice-" + n.id());
            actions.add(withdraw);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    private Span status(NoticeRow n) {
        boolean running = n.running(UiClock.today());
        String text = running ? getTranslation("notice.status.running") : getTranslation(n.status().labelKey());
        String theme = switch (n.status()) {
            case DRAFT -> "contrast";
            case PUBLISHED -> running ? "primary" : "";
            case ENDED -> "success";
            case WITHDRAWN -> "error";
        };
        Span badge = Badges.of(text, theme);
        badge.addClassName("notice-status");
        return badge;
    }

    private String period(NoticeRow n, Locale locale) {
        if (n.periodStart() == null || n.periodEnd() == null) {
            return getTranslation("notice.period.open");
        }
        long days = ChronoUnit.DAYS.between(n.periodStart(), n.periodEnd()) + 1;
        return getTranslation("notice.period.value", Formats.date(n.periodStart(), locale),
                Formats.date(n.periodEnd(), locale), days);
    }

    private String who(NoticeRow n, Locale locale) {
        String drafted = getTranslation("notice.drafted", n.createdBy(), Formats.dateTime(n.createdAt(), locale));
        if (n.publishedAt() != null) {
            drafted += " · " + getTranslation("notice.published", n.publishedBy(),
                    Formats.dateTime(n.publishedAt(), locale));
        }
        if (n.withdrawnAt() != null) {
            drafted += " · " + getTranslation("notice.withdrawnBy", n.withdrawnBy(),
                    Formats.dateTime(n.withdrawnAt(), locale));
        }
        return drafted;
    }

    private static Div line(String text, String className) {
        Div d = new Div(new Span(text));
        d.addClassName(className);
        return d;
    }

    private void confirmPublish(NoticeRow n, NoticeService notices, Runnable changed) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("notice.publish.title", n.title()));
        confirm.setText(getTranslation("notice.publish.text", period(n, getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("notice.publish"));
        confirm.addConfirmListener(e -> {
            try {
                notices.publish(n.id(), n.version());
                Notifications.success("notice.publishedNow", n.title());
            } catch (DomainException ex) {
                Notifications.error(ex);
            }
            changed.run();
        });
        confirm.open();
    }
}
