package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.chenggeng.consultation.SurveyCodes;
import org.chenggeng.consultation.SurveyCodes.CodeSummary;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

import java.io.ByteArrayInputStream;

/**
 * A satisfaction round's one-time codes: how many answers came online, how many codes were issued and used; for the
 * committee of an open round, issuing the codes and printing the door notices (a PDF, one slip per household).
 */
@StyleSheet("assets/survey.css")
class SurveyCodesPanel extends Div {

    private final transient SurveyCodes codes;
    private final long roundId;

    SurveyCodesPanel(SurveyCodes codes, long roundId) {
        this.codes = codes;
        this.roundId = roundId;
        addClassName("survey-codes");
        setId("survey-codes");
        show();
    }

    private void show() {
        removeAll();
        var locale = getLocale();
        CodeSummary s = codes.summary(roundId);
        Span online = new Span(getTranslation("surveyCodes.online", Formats.number(s.onlineAnswers(), locale)));
        online.setId("survey-online");
        online.addClassName("notice-period");
        Span figures = new Span(getTranslation("surveyCodes.figures", Formats.number(s.households(), locale),
                Formats.number(s.issued(), locale), Formats.number(s.used(), locale)));
        figures.setId("survey-figures");
        add(new Div(online), new Div(figures));
        if (!s.mayIssue()) {
            return;
        }
        Span how = new Span(getTranslation("surveyCodes.how"));
        how.addClassName("hint");
        add(new Div(how));
        Button issue = new Button(getTranslation(s.issued() == 0 ? "surveyCodes.issue" : "surveyCodes.reissue"),
                VaadinIcon.KEY.create(), e -> confirmIssue(s));
        issue.setId("issue-codes");
        Div actions = new Div(issue);
        actions.addClassName("survey-codes-actions");
        if (s.issued() > s.used()) {
            Anchor print = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] pdf = codes.sheet(roundId);
                return new DownloadResponse(new ByteArrayInputStream(pdf), "survey-codes-" + roundId + ".pdf",
                        "application/pdf", pdf.length);
            }), getTranslation("surveyCodes.print"));
            print.setId("print-codes");
            print.getElement().setAttribute("router-ignore", true);
            print.setTarget("_blank");
            actions.add(print);
        }
        add(actions);
    }

    private void confirmIssue(CodeSummary s) {
        if (s.issued() == 0) {
            issue();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("surveyCodes.reissue"));
        confirm.setText(getTranslation("surveyCodes.reissue.text", s.issued() - s.used()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("surveyCodes.reissue"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> issue());
        confirm.open();
    }

    private void issue() {
        try {
            SurveyCodes.Issued done = codes.issue(roundId);
            Notifications.success("surveyCodes.issued", done.issued(), done.answered());
        } catch (DomainException ex) {
            Notifications.error(ex);
        }
        show();
    }
}
