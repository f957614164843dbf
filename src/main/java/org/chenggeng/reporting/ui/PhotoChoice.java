package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.ReportPhotos;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The photo appendix of a project's report: 附照片, and once ticked, per work item with photos the 施工前 and the 施工后
 * photo of its pair, preset to the earliest before and the latest after; 不附 leaves a side out. Shown only while one
 * project is selected. Each choice lists the item's photos with their thumbnail, date taken and uploader.
 */
class PhotoChoice extends VerticalLayout {

    private final transient ReportPhotos photos;
    private final Checkbox include = new Checkbox();
    private final Div items = new Div();
    private final Map<Long, List<Select<AttachmentRow>>> pairs = new LinkedHashMap<>();
    private Long projectId;

    PhotoChoice(ReportPhotos photos) {
        this.photos = photos;
        setPadding(false);
        setSpacing(false);
        setId("report-photo-choice");
        include.setLabel(getTranslation("report.photos.include"));
        include.setId("report-photos");
        include.addValueChangeListener(e -> load());
        items.setId("report-photo-items");
        items.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("padding-top", "var(--lumo-space-s)");
        Span hint = new Span(getTranslation("report.photos.hint"));
        hint.addClassName("hint");
        add(include, hint, items);
        setVisible(false);
    }

    /** The project the report covers, or null for a region's report (which has no appendix). */
    void project(Long projectId) {
        if (java.util.Objects.equals(projectId, this.projectId)) {
            return;
        }
        this.projectId = projectId;
        setVisible(projectId != null);
        load();
    }

    /** What the exports are to append: null unless ticked for one project. */
    ReportPhotos.Selection selection() {
        if (!include.getValue() || projectId == null) {
            return null;
        }
        Map<Long, ReportPhotos.Choice> chosen = new LinkedHashMap<>();
        pairs.forEach((item, sides) -> chosen.put(item, new ReportPhotos.Choice(token(sides.get(0)),
                token(sides.get(1)))));
        return new ReportPhotos.Selection(chosen);
    }

    private static String token(Select<AttachmentRow> side) {
        return side.getValue() == null ? null : side.getValue().token();
    }

    private void load() {
        items.removeAll();
        pairs.clear();
        if (!include.getValue() || projectId == null) {
            return;
        }
        List<ReportPhotos.ItemPhotos> candidates = photos.candidates(projectId, getLocale());
        if (candidates.isEmpty()) {
            items.add(new Span(getTranslation("report.photos.empty")));
        }
        for (ReportPhotos.ItemPhotos item : candidates) {
            Select<AttachmentRow> before = side("report.photos.before", item.before(), item.defaultBefore());
            Select<AttachmentRow> after = side("report.photos.after", item.after(), item.defaultAfter());
            pairs.put(item.workItemId(), List.of(before, after));
            Span name = new Span(item.item());
            name.getStyle().set("font-weight", "600").set("flex", "1 1 100%");
            FlexLayout row = new FlexLayout(name, withPreview(before), withPreview(after));
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)").set("align-items", "end");
            row.setId("report-photo-item-" + item.workItemId());
            items.add(row);
        }
    }

    private Select<AttachmentRow> side(String label, List<AttachmentRow> rows, AttachmentRow preset) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Select<AttachmentRow> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(rows);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("report.photos.leaveOut"));
        select.setItemLabelGenerator(r -> r == null ? getTranslation("report.photos.leaveOut")
                : date.format(r.takenOn()) + " · " + r.uploadedBy());
        select.setRenderer(new ComponentRenderer<Component, AttachmentRow>(r -> {
            Image thumbnail = new Image(r.thumbnailUrl(), "");
            thumbnail.setHeight("40px");
            Span text = new Span(date.format(r.takenOn()) + " · " + r.uploadedBy());
            FlexLayout option = new FlexLayout(thumbnail, text);
            option.getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "center");
            return option;
        }));
        select.setValue(preset);
        select.setWidth("14em");
        return select;
    }

    /** The select with the chosen photo's thumbnail beside it, following the choice. */
    private static FlexLayout withPreview(Select<AttachmentRow> select) {
        Image preview = new Image();
        preview.setHeight("64px");
        preview.getStyle().set("border-radius", "var(--lumo-border-radius-s)");
        Runnable show = () -> {
            preview.setVisible(select.getValue() != null);
            if (select.getValue() != null) {
                preview.setSrc(select.getValue().thumbnailUrl());
            }
        };
        select.addValueChangeListener(e -> show.run());
        show.run();
        FlexLayout side = new FlexLayout(preview, select);
        side.getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "end");
        return side;
    }
}
