package org.chenggeng.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when navigation access control refuses a view; worded like the not-found page. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        addClassName("page");
        setId("access-denied");
        add(new H2(getTranslation("error.page.title")), new Paragraph(getTranslation("error.page.text")),
                new Anchor("", getTranslation("error.page.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
