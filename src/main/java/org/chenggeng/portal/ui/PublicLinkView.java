package org.chenggeng.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.chenggeng.portal.PublicLinks;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.ui.RecordRoute;

/**
 * A project's public page as staff see it: the short link residents reach it by (made on first opening, kept for
 * good) and a button that opens it. Everyone who can see the project may; the services check it.
 */
@Route("projects/:id/public")
@PermitAll
class PublicLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PublicLinks links;
    private final transient ProjectAccess projects;
    private String title = "";

    PublicLinkView(PublicLinks links, ProjectAccess projects) {
        this.links = links;
        this.projects = projects;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, this::render);
    }

    private void render(long projectId) {
        ProjectAccess.ProjectDetails project = projects.get(projectId);
        String url = base() + "/p/" + links.slugOf(projectId);
        removeAll();
        title = getTranslation("portal.link.title") + " · " + project.data().name();
        add(new Anchor("projects/" + projectId, project.data().name()), new H2(getTranslation("portal.link.title")),
                new Paragraph(getTranslation("portal.link.text")));
        TextField link = new TextField(getTranslation("portal.link.label"));
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidth("min(40rem, 100%)");
        link.setId("public-link");
        Anchor open = new Anchor(url, getTranslation("portal.link.open"));
        open.setTarget(AnchorTarget.BLANK);
        open.setRouterIgnore(true);
        open.setId("open-public-link");
        add(link, open);
    }

    /** The address this server was reached at, as the browser sees it (a trusted proxy's forwarded host included). */
    private static String base() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            HttpServletRequest http = servlet.getHttpServletRequest();
            int port = http.getServerPort();
            boolean usual = ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme())
                    && port == 443);
            return http.getScheme() + "://" + http.getServerName() + (usual ? "" : ":" + port) + http.getContextPath();
        }
        return "";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
