package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;

/**
 * A record's photos (an entry's, or the scans of a household's paper form) as a strip, and a button that adds more
 * for who may attach to the record; the strip is read again when its dialog closes.
 */
class RecordPhotos extends Div {

    RecordPhotos(EvidenceService evidence, PhotoWidgets widgets, OwnerType type, long ownerId) {
        addClassName("record-photos");
        PhotoStrip strip = new PhotoStrip(widgets::open);
        strip.show(evidence.of(type, ownerId));
        add(strip);
        if (evidence.mayAttach(type, ownerId)) {
            String label = getTranslation(type == OwnerType.ANSWER ? "evidence.addScan"
                    : type == OwnerType.FEEDBACK ? "evidence.addToFeedback"
                    : type == OwnerType.ENTRY ? "evidence.addToEntry" : "evidence.addPhotos");
            Button more = new Button(label, VaadinIcon.CAMERA.create(), e -> {
                Dialog dialog = new Dialog();
                dialog.setHeaderTitle(label);
                dialog.add(widgets.uploaderFor(type, ownerId));
                dialog.getFooter().add(new Button(getTranslation("evidence.close"), c -> dialog.close()));
                dialog.addOpenedChangeListener(o -> {
                    if (!o.isOpened()) {
                        strip.show(evidence.of(type, ownerId));
                    }
                });
                dialog.open();
            });
            more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            more.setId("add-photos-" + type.name().toLowerCase(java.util.Locale.ROOT) + "-" + ownerId);
            add(more);
        }
    }
}
