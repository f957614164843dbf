package org.chenggeng.shared.ui;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels (Lumo badges) for statuses and flags. */
public final class Badges {

    private Badges() {
    }

    /** A badge with the given text and Lumo badge variants, for example {@code "success"} or {@code "contrast small"}. */
    public static Span of(String text, String variants) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + variants).trim());
        return badge;
    }
}
