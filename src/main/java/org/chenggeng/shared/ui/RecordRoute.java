package org.chenggeng.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.chenggeng.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.LongConsumer;

/**
 * Opens the record a page's address names, or shows the not-found page: a malformed id, an unknown record and one
 * outside the user's scope all look alike (decision 0002), so that no page tells which ids exist.
 */
public final class RecordRoute {

    private RecordRoute() {
    }

    /** Shows the record of the route's {@code :id}. */
    public static void open(BeforeEnterEvent event, LongConsumer show) {
        open(event, event.getRouteParameters().get("id").orElse(""), show);
    }

    /** Shows the record whose id is {@code id} as written in the address (a route or query parameter). */
    public static void open(BeforeEnterEvent event, String id, LongConsumer show) {
        try {
            show.accept(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }
}
