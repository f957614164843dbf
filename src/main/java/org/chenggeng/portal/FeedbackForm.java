package org.chenggeng.portal;

import org.chenggeng.consultation.FeedbackCategory;

import java.util.List;

/**
 * The feedback form as a template shows it: the page it belongs to, its signed token, the question to answer when
 * the limits are near ({@code null} otherwise), what the resident typed so far and what was wrong with it.
 */
public record FeedbackForm(String slug, String projectName, String token, String question, String category,
                           String text, String phone, String error, int maxText) {

    public List<FeedbackCategory> categories() {
        return List.of(FeedbackCategory.values());
    }

    public boolean selected(FeedbackCategory c) {
        return c.name().equals(category);
    }
}
