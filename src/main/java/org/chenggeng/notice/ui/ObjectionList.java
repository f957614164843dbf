package org.chenggeng.notice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.consultation.ResidentFeedback.FeedbackState;
import org.chenggeng.notice.NoticeObjections;
import org.chenggeng.notice.NoticeRow;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;

import java.util.List;
import java.util.Locale;

/**
 * The objections a notice received: when, about what, where each stands in the feedback queue and, for those who may
 * read residents' feedback (the committee, the project's managers), the words and the answer; for everyone else a
 * line saying who may read them.
 */
class ObjectionList extends Div {

    ObjectionList(NoticeRow n, NoticeObjections objections) {
        addClassName("notice-objections");
        setId("objections-" + n.id());
        Locale locale = getLocale();
        List<FeedbackState> found = n.objections() == 0 ? List.of() : objections.of(n.id());
        Span heading = new Span(getTranslation("notice.objections", found.size()));
        heading.addClassName("notice-objections-heading");
        add(heading);
        if (found.isEmpty()) {
            Span none = new Span(getTranslation("notice.objections.none"));
            none.addClassName("hint");
            add(new Div(none));
            return;
        }
        boolean hidden = found.stream().allMatch(f -> f.content() == null);
        for (FeedbackState f : found) {
            Div row = new Div(new Span(Formats.date(f.receivedOn(), locale)),
                    new Span(getTranslation(f.category().labelKey())),
                    Badges.of(getTranslation(f.status().labelKey()), "contrast small"));
            row.addClassName("objection-row");
            if (f.content() != null) {
                Div text = new Div(new Span(f.content()));
                text.addClassName("objection-text");
                row.add(text);
            }
            if (f.response() != null) {
                Div answer = new Div(new Span(getTranslation("notice.objection.answer",
                        Formats.date(f.respondedOn(), locale), f.response())));
                answer.addClassName("objection-answer");
                row.add(answer);
            }
            add(row);
        }
        if (hidden) {
            Span who = new Span(getTranslation("notice.objections.wordsHidden"));
            who.addClassName("hint");
            add(new Div(who));
        }
    }
}
