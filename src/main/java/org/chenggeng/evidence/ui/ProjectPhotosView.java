package org.chenggeng.evidence.ui;

import org.chenggeng.shared.ui.RecordRoute;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.DocumentTypes;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.EvidenceZip;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.PhotoQueries;
import org.chenggeng.evidence.WorkItemLabels;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's 影像资料: all its photos, newest taken first, filtered by work item, by 施工前/中/后 and by the date
 * taken, loaded a screen at a time as one scrolls (the count and the first page are two indexed reads however many
 * photos there are), and its documents below. A tap opens a photo full size.
 */
@Route("projects/:id/photos")
@PermitAll
@StyleSheet("assets/evidence.css")
class ProjectPhotosView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Long WHOLE_PROJECT = -1L;

    private final transient PhotoQueries photos;
    private final transient ProjectAccess projects;
    private final transient WorkItemLabels itemLabels;
    private final transient PhotoWidgets widgets;
    private final transient EvidenceService evidence;
    private final transient DocumentTypes documentTypes;
    private final transient EvidenceZip zips;
    private final Select<Long> item = new Select<>();
    private final Select<Phase> phase = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Span count = new Span();
    private final VirtualList<AttachmentRow> list = new VirtualList<>();
    private Map<Long, String> labels = Map.of();
    private long projectId;

    ProjectPhotosView(PhotoQueries photos, ProjectAccess projects, WorkItemLabels itemLabels, PhotoWidgets widgets,
                      EvidenceService evidence, DocumentTypes documentTypes, EvidenceZip zips) {
        this.evidence = evidence;
        this.zips = zips;
        this.documentTypes = documentTypes;
        this.photos = photos;
        this.projects = projects;
        this.itemLabels = itemLabels;
        this.widgets = widgets;
        addClassName("page");
        addClassName("photos-view");
        from = DatePickers.create(getTranslation("evidence.page.from"), getLocale());
        to = DatePickers.create(getTranslation("evidence.page.to"), getLocale());
        phase.setLabel(getTranslation("evidence.phaseLabel"));
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("evidence.page.allPhases"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("evidence.page.allPhases")
                : getTranslation(p.messageKey()));
        phase.setId("photos-phase");
        item.setLabel(getTranslation("log.item"));
        item.setEmptySelectionAllowed(true);
        item.setEmptySelectionCaption(getTranslation("evidence.page.allItems"));
        item.setId("photos-item");
        list.setRenderer(new ComponentRenderer<>(this::row));
        list.setId("photos-list");
        list.setHeight("60vh");
        list.setWidthFull();
        count.setId("photos-count");
        item.addValueChangeListener(e -> refresh());
        phase.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            projectId = id;
            render();
        });
    }

    private void render() {
        ProjectAccess.ProjectDetails project = projects.get(projectId);
        labels = itemLabels.of(projectId, getLocale());
        List<Long> choices = new ArrayList<>(labels.keySet());
        choices.add(WHOLE_PROJECT);
        item.setItems(choices);
        item.setItemLabelGenerator(id -> id == null ? getTranslation("evidence.page.allItems")
                : id.equals(WHOLE_PROJECT) ? getTranslation("evidence.page.projectItem") : labels.get(id));
        removeAll();
        Anchor back = new Anchor("projects/" + projectId, project.data().name());
        Div filters = new Div(item, phase, from, to);
        filters.addClassName("photo-filters");
        add(new H2(getTranslation("evidence.page.title")), back);
        if (zips.mayDownload()) {
            add(zipDownload());
        }
        add(filters, count, list,
                new H3(getTranslation("evidence.page.documents")),
                new DocumentsPanel(evidence, photos, documentTypes, projectId));
        refresh();
    }

    /** A plain link the browser downloads; the zip is written by {@code FileController}, which checks again. */
    private Anchor zipDownload() {
        Button button = new Button(getTranslation("evidence.page.downloadZip"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor link = new Anchor("evidence/projects/" + projectId + "/evidence.zip", button);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.setId("photos-zip");
        return link;
    }

    private PhotoQueries.Filter filter() {
        Long chosen = item.getValue();
        boolean wholeProject = WHOLE_PROJECT.equals(chosen);
        return new PhotoQueries.Filter(true, wholeProject ? null : chosen, wholeProject, phase.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        PhotoQueries.Filter f = filter();
        long total = photos.count(projectId, f);
        count.setText(getTranslation("evidence.page.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                q -> photos.page(projectId, f, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, total)));
    }

    private Div row(AttachmentRow photo) {
        Image thumb = new Image(photo.thumbnailUrl(), photo.fileName());
        thumb.getElement().setAttribute("width", "72");
        thumb.getElement().setAttribute("height", "72");
        thumb.getStyle().set("object-fit", "cover").set("border-radius", "var(--lumo-border-radius-m)");
        String what = photo.workItemId() == null ? getTranslation("evidence.page.projectItem")
                : labels.getOrDefault(photo.workItemId(), "");
        Span title = new Span(what + (photo.phase() == null ? "" : " · " + getTranslation(photo.phase().messageKey())));
        Span when = new Span(Formats.date(photo.takenOn(), getLocale()) + " · " + photo.uploadedBy()
                + (photo.sample() ? " · " + getTranslation("evidence.sample") : ""));
        when.addClassName("hint");
        Div text = new Div(title, when);
        if (photo.caption() != null) {
            Span caption = new Span(photo.caption());
            caption.addClassName("hint");
            text.add(caption);
        }
        text.addClassName("photo-row-text");
        Div row = new Div(thumb, text);
        row.addClassName("photo-row");
        row.addClickListener(e -> widgets.open(photo));
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evidence.page.title");
    }
}
