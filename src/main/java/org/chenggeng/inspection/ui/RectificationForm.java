package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.ui.PhotoUploader;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.shared.ui.Notifications;

/**
 * The project manager's answer: what was done, and photos of the result (the phone's camera or its gallery).
 * Submitting sends the issue for re-check; the photos then upload to the answer while the page stays.
 */
class RectificationForm extends Div {

    RectificationForm(IssueService issues, PhotoWidgets photoWidgets, IssueRow issue, IssueView page) {
        addClassName("issue-answer");
        TextArea text = new TextArea(getTranslation("issue.rectification"));
        text.setMaxLength(1000);
        text.setWidthFull();
        text.setId("rectification-text");
        PhotoUploader photos = photoWidgets.forNew(OwnerType.RECTIFICATION);
        Button submit = new Button(getTranslation("issue.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setId("rectification-submit");
        submit.addClickListener(e -> {
            try {
                Long step = issues.answer(issue.id(), issue.version(), text.getValue());
                photos.attachTo(step);
                text.setReadOnly(true);
                submit.setVisible(false);
                Span done = new Span(getTranslation("issue.submitted"));
                done.addClassName("hint");
                done.setId("rectification-done");
                add(done);
                Notifications.success("issue.submitted.short");
                page.refresh();
            } catch (StaleDataException stale) {
                Notifications.error(stale);
                page.reopenActions();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        add(new H3(getTranslation("issue.answer")), text, photos, submit);
    }
}
