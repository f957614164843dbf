package org.chenggeng.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.chenggeng.notice.NoticeData;
import org.chenggeng.notice.NoticeKind;
import org.chenggeng.notice.NoticeRow;
import org.chenggeng.notice.NoticeService;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;
import org.chenggeng.shared.ui.UiClock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Writes a notice or changes a draft: kind, title, text and period (from today, seven days, both days counted, as
 * offered), saved as a draft (attachments can then be added) or published at once.
 */
class NoticeDialog extends Dialog {

    private static final int DEFAULT_DAYS = 7;

    private final Binder<NoticeData> binder = new Binder<>(NoticeData.class);
    private final FieldErrors errors = new FieldErrors();
    private final DatePicker start;
    private final DatePicker end;

    NoticeDialog(NoticeService notices, long projectId, NoticeRow existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "notice.new" : "notice.edit"));
        setWidth("min(44rem, 96vw)");
        var locale = getLocale();
        LocalDate today = UiClock.today();
        Select<NoticeKind> kind = new Select<>();
        kind.setLabel(getTranslation("notice.kind"));
        kind.setItems(NoticeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("notice-kind");
        TextField title = new TextField(getTranslation("notice.title"));
        title.setMaxLength(200);
        title.setId("notice-title");
        TextArea body = new TextArea(getTranslation("notice.body"));
        body.setMaxLength(5000);
        body.setMinHeight("10rem");
        body.setId("notice-body");
        start = DatePickers.create(getTranslation("notice.periodStart"), locale);
        start.setMin(today);
        start.setId("notice-start");
        end = DatePickers.create(getTranslation("notice.periodEnd"), locale);
        end.setId("notice-end");
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && (end.getValue() == null || end.getValue().isBefore(e.getValue()))) {
                end.setValue(e.getValue().plusDays(DEFAULT_DAYS - 1));
            }
            days();
        });
        end.addValueChangeListener(e -> days());
        binder.forField(kind).asRequired(message("notice.error.required")).bind("kind");
        binder.forField(title).asRequired(message("notice.error.required")).bind("title");
        binder.forField(body).asRequired(message("notice.error.required")).bind("body");
        binder.forField(start).withValidator(rule(d -> d == null || !d.isBefore(today), "notice.error.startInPast",
                today.toString())).bind("periodStart");
        binder.forField(end).withValidator(rule(d -> d == null || start.getValue() == null
                || !d.isBefore(start.getValue()), "notice.error.endBeforeStart")).bind("periodEnd");
        errors.on(title, "error.tooLong").on(start, "notice.error.startInPast")
                .on(end, "notice.error.endBeforeStart", "notice.error.periodTooLong");
        if (existing == null) {
            binder.readRecord(new NoticeData(NoticeKind.PLAN, "", "", today, today.plusDays(DEFAULT_DAYS - 1)));
        } else {
            binder.readRecord(new NoticeData(existing.kind(), existing.title(), existing.body(),
                    existing.periodStart(), existing.periodEnd()));
        }
        days();
        FormLayout form = new FormLayout(kind, title, start, end, body);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        add(form);
        Button draft = new Button(getTranslation("notice.saveDraft"), e -> Saving.submit(this, binder, errors, data -> {
            if (existing == null) {
                notices.draft(projectId, data);
            } else {
                notices.update(existing.id(), existing.version(), data);
            }
        }, saved));
        draft.setId("notice-save-draft");
        Button publish = new Button(getTranslation("notice.publish"), e -> Saving.submit(this, binder, errors, data -> {
            if (existing == null) {
                notices.publishNew(projectId, data);
            } else {
                notices.publish(existing.id(), existing.version(), data);
            }
        }, saved));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("notice-publish");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), draft, publish);
    }

    private void days() {
        LocalDate s = start.getValue();
        LocalDate e = end.getValue();
        end.setHelperText(s == null || e == null || e.isBefore(s) ? getTranslation("notice.period.defaultHelp")
                : getTranslation("notice.period.days", ChronoUnit.DAYS.between(s, e) + 1));
    }
}
