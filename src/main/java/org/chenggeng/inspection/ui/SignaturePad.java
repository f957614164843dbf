package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;

import java.util.Base64;

/**
 * The resident's drawn signature (a small Lit element with a canvas, {@code cg-signature}): whether anything is drawn,
 * and the drawing as PNG bytes when the card saves.
 */
@Tag("cg-signature")
@JsModule("./components/cg-signature.ts")
class SignaturePad extends Component implements HasSize {

    private static final String PREFIX = "data:image/png;base64,";
    private boolean empty = true;

    SignaturePad() {
        getElement().addEventListener("signed-change", e -> empty = e.getEventData().get("event.detail.empty")
                .asBoolean()).addEventData("event.detail.empty");
    }

    boolean isEmpty() {
        return empty;
    }

    void clear() {
        getElement().callJsFunction("clear");
        empty = true;
    }

    /** Reads the drawing and hands its PNG bytes on (none when nothing is drawn). */
    void read(SerializableConsumer<byte[]> then) {
        if (empty) {
            then.accept(null);
            return;
        }
        getElement().callJsFunction("toDataURL").then(String.class, url -> then.accept(decode(url)));
    }

    static byte[] decode(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return null;
        }
        return Base64.getDecoder().decode(url.substring(PREFIX.length()));
    }
}
