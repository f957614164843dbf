package org.chenggeng.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.chenggeng.notice.NoticeReadService;
import org.chenggeng.notice.PublicNotice;
import org.chenggeng.portal.Posters;
import org.chenggeng.portal.PublicLinks;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.pdf.Poster;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.RecordRoute;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A project's public page as staff see it: the short link residents reach it by (made on first opening, kept for
 * good), a button that opens it, and the notice-board posters with its QR code: the project's in A4 and A3, and one
 * for each published notice. Everyone who can see the project may; the services check it.
 */
@Route("projects/:id/public")
@PermitAll
class PublicLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PublicLinks links;
    private final transient ProjectAccess projects;
    private final transient Posters posters;
    private final transient NoticeReadService notices;
    private String title = "";

    PublicLinkView(PublicLinks links, ProjectAccess projects, Posters posters, NoticeReadService notices) {
        this.links = links;
        this.projects = projects;
        this.posters = posters;
        this.notices = notices;
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
        posters(projectId, project.data().code());
    }

    private void posters(long projectId, String code) {
        Locale locale = getLocale();
        String base = base();
        HorizontalLayout boards = new HorizontalLayout();
        boards.setWrap(true);
        for (Poster.Paper paper : Poster.Paper.values()) {
            boards.add(download("poster-" + paper.name().toLowerCase(Locale.ROOT),
                    getTranslation("poster.download." + paper.name()), code,
                    () -> posters.project(projectId, paper, locale, base)));
        }
        Paragraph hint = new Paragraph(getTranslation("poster.text"));
        hint.addClassName("hint");
        add(new H3(getTranslation("poster.title")), hint, boards, new H3(getTranslation("poster.notices")));
        List<PublicNotice> published = notices.publicNotices(projectId);
        if (published.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("poster.noNotices"));
            none.addClassName("hint");
            add(none);
        }
        for (PublicNotice n : published) {
            Paragraph line = new Paragraph(n.title() + " · " + getTranslation("poster.range",
                    Formats.date(n.periodStart(), locale), Formats.date(n.periodEnd(), locale)));
            add(line, download("poster-notice-" + n.id(), getTranslation("poster.noticeDownload"),
                    code + "-" + n.id(), () -> posters.notice(projectId, n.id(), Poster.Paper.A4, locale, base)));
        }
    }

    /** A link whose PDF is written when it is clicked, by the service that checks who may. */
    private Anchor download(String id, String label, String name, Supplier<byte[]> pdf) {
        String file = getTranslation("poster.file", name);
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "application/pdf", bytes.length);
        }), "");
        a.add(new Button(label, VaadinIcon.DOWNLOAD.create()));
        a.setId(id);
        return a;
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
