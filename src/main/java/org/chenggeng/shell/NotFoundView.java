package org.chenggeng.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a page the user may not open. The two look alike on purpose, so that
 * the page does not confirm what exists.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("page");
        setId("not-found");
        add(new H2(getTranslation("error.page.title")), new Paragraph(getTranslation("error.page.text")),
                new Anchor("", getTranslation("error.page.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
