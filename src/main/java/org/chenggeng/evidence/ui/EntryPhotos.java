package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;

/** An entry's photos on its card, and "add photos" to it later for who may attach to it. */
class EntryPhotos extends Div {

    EntryPhotos(EvidenceService evidence, PhotoWidgets widgets, long entryId) {
        addClassName("entry-photos");
        PhotoStrip strip = new PhotoStrip(widgets::open);
        strip.show(evidence.of(OwnerType.ENTRY, entryId));
        add(strip);
        if (evidence.mayAttach(OwnerType.ENTRY, entryId)) {
            Button more = new Button(getTranslation("evidence.addToEntry"), VaadinIcon.CAMERA.create(), e -> {
                Dialog dialog = new Dialog();
                dialog.setHeaderTitle(getTranslation("evidence.addToEntry"));
                dialog.add(widgets.uploaderFor(OwnerType.ENTRY, entryId));
                dialog.getFooter().add(new Button(getTranslation("evidence.close"), c -> dialog.close()));
                dialog.addOpenedChangeListener(o -> {
                    if (!o.isOpened()) {
                        strip.show(evidence.of(OwnerType.ENTRY, entryId));
                    }
                });
                dialog.open();
            });
            more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            more.setId("add-photos-" + entryId);
            add(more);
        }
    }
}
