package org.chenggeng.portal;

import org.chenggeng.consultation.FeedbackCategory;

import java.util.List;

/**
 * The feedback form as a template shows it: the page it belongs to, its signed token, the question to answer when
 * the limits are near ({@code null} otherwise), what the resident typed so far and what was wrong with it, and, for an
 * objection, the notice it is about.
 */
public record FeedbackForm(String slug, String projectName, String token, String question, String category,
                           String text, String phone, String error, int maxText, int notice, String noticeTitle) {

    /** Whether this is an objection to a running notice (number {@code notice} of the page's list). */
    public boolean objection() {
        return notice > 0;
    }

    public List<FeedbackCategory> categories() {
        return List.of(FeedbackCategory.values());
    }

    public boolean selected(FeedbackCategory c) {
        return c.name().equals(category);
    }
}
