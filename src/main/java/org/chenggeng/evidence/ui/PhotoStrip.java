package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.evidence.AttachmentRow;

import java.io.Serializable;
import java.util.List;

/** A row of photo thumbnails (lazy-loaded by the browser); a tap opens the photo full size. */
@StyleSheet("assets/evidence.css")
public class PhotoStrip extends Div {

    /** What a tap on a thumbnail does: open the full-size view. */
    @FunctionalInterface
    public interface Opener extends Serializable {
        void open(AttachmentRow photo);
    }

    private final Opener opener;

    PhotoStrip(Opener opener) {
        this.opener = opener;
        addClassName("photo-strip");
    }

    void show(List<AttachmentRow> photos) {
        clear();
        photos.stream().filter(AttachmentRow::image).forEach(this::addPhoto);
    }

    void addPhoto(AttachmentRow photo) {
        Image thumb = new Image(photo.thumbnailUrl(), photo.fileName());
        thumb.getElement().setAttribute("loading", "lazy");
        thumb.getElement().setAttribute("width", "96");
        thumb.getElement().setAttribute("height", "96");
        Div tile = new Div(thumb);
        tile.addClassName("photo-tile");
        if (photo.phase() != null) {
            Span phase = new Span(getTranslation(photo.phase().messageKey()));
            phase.addClassName("photo-phase");
            tile.add(phase);
        }
        if (photo.sample()) {
            Span sample = new Span(getTranslation("evidence.sample"));
            sample.addClassName("photo-sample");
            tile.add(sample);
        }
        tile.addClickListener(e -> opener.open(photo));
        tile.getElement().setAttribute("role", "button");
        tile.getElement().setAttribute("tabindex", "0");
        add(tile);
    }

    void clear() {
        removeAll();
    }

    int size() {
        return getComponentCount();
    }
}
