package org.chenggeng.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives one uploaded file into a temporary file, refusing it on the server when it is larger than
 * {@code maxBytes}: at once when the request says so, otherwise as soon as more bytes arrive than that. The
 * browser's own limit is only a courtesy, since anyone can post to the upload's URL. A refused file is deleted,
 * the user is told why, and {@code received} never hears of it.
 */
final class LimitedUpload implements UploadHandler {

    private final long maxBytes;
    private final SerializableBiConsumer<String, Path> received;

    LimitedUpload(long maxBytes, SerializableBiConsumer<String, Path> received) {
        this.maxBytes = maxBytes;
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        Path file = Files.createTempFile("chenggeng-upload-", ".xlsx");
        boolean kept = false;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    refuse(event);
                    return;
                }
                out.write(buffer, 0, n);
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
        String name = event.getFileName();
        event.getUI().access(() -> received.accept(name, file));
    }

    private void refuse(UploadEvent event) {
        UI ui = event.getUI();
        long mb = maxBytes / (1024 * 1024);
        event.reject(ui.getTranslation("import.upload.tooBig", mb));
        ui.access(() -> Notifications.errorKey("import.upload.tooBig", mb));
    }

    /** For a multipart request, which the servlet parses before this handler sees it (see {@code UploadLimits}). */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
