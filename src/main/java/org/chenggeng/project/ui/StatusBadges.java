package org.chenggeng.project.ui;

import com.vaadin.flow.component.html.Span;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.ui.Badges;

/** One colour per stage of the lifecycle, so a list can be read at a glance. */
final class StatusBadges {

    private StatusBadges() {
    }

    static Span of(Span context, ProjectStatus status) {
        String variant = switch (status) {
            case PLANNING, CONSULTING -> "contrast";
            case APPROVED -> "";
            case IN_PROGRESS -> "warning";
            case COMPLETED, ACCEPTED -> "success";
            case HANDED_OVER -> "success primary";
        };
        return Badges.of(context.getTranslation(status.labelKey()), variant);
    }
}
