package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.shared.ui.Notifications;

/** The inspector's re-check: close the issue (销号), or send it back with the reason it is not rectified. */
class RecheckForm extends Div {

    RecheckForm(IssueService issues, IssueRow issue, IssueView page) {
        addClassName("issue-recheck");
        TextArea text = new TextArea(getTranslation("issue.recheckNote"));
        text.setMaxLength(1000);
        text.setWidthFull();
        text.setHelperText(getTranslation("issue.recheckNote.help"));
        text.setId("recheck-text");
        Button close = new Button(getTranslation("issue.close"), e -> run(page, () ->
                issues.close(issue.id(), issue.version(), text.getValue()), "issue.closed.done"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        close.setId("recheck-close");
        Button back = new Button(getTranslation("issue.sendBack"), e -> run(page, () ->
                issues.sendBack(issue.id(), issue.version(), text.getValue()), "issue.sentBack.done"));
        back.addThemeVariants(ButtonVariant.LUMO_ERROR);
        back.setId("recheck-send-back");
        Div buttons = new Div(close, back);
        buttons.addClassName("template-form");
        add(new H3(getTranslation("issue.recheck")), text, buttons);
    }

    private static void run(IssueView page, Runnable step, String doneKey) {
        try {
            step.run();
            Notifications.success(doneKey);
            page.reopenActions();
        } catch (StaleDataException stale) {
            Notifications.error(stale);
            page.reopenActions();
        } catch (DomainException refused) {
            Notifications.error(refused);
        }
    }
}
