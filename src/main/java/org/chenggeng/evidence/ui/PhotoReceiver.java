package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.Receiving;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;

import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Receives one photo per request on the server, within the size limit (refused while streaming, see
 * {@link Receiving}) and the batch limit of the record it is attached to, and hands it to the evidence service as the
 * signed-in user, attached to the record its batch names (see {@link PhotoBatches}). A refusal is said in the user's language and shown on the file's row, which offers to retry.
 */
final class PhotoReceiver implements UploadHandler {

    private final transient EvidenceService evidence;
    private final Function<String, AttachRequest> request;
    private final Consumer<AttachmentRow> stored;
    private final AtomicLong batchBytes = new AtomicLong();
    private final long maxFileBytes;
    private final long maxBatchBytes;

    PhotoReceiver(EvidenceService evidence, SerializableFunction<String, AttachRequest> request,
                  SerializableConsumer<AttachmentRow> stored) {
        this.evidence = evidence;
        this.request = request;
        this.stored = stored;
        this.maxFileBytes = evidence.maxFileBytes();
        this.maxBatchBytes = evidence.maxBatchBytes();
    }

    interface SerializableFunction<T, R> extends Function<T, R>, Serializable {
    }

    interface SerializableConsumer<T> extends Consumer<T>, Serializable {
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try {
            AttachRequest target = request.apply(event.getRequest().getParameter(PhotoBatches.PARAMETER));
            if (target == null) {
                throw new DomainException("evidence.pendingAfterSave");
            }
            long declared = Math.max(0, event.getFileSize());
            if (batchBytes.addAndGet(declared) > maxBatchBytes) {
                batchBytes.addAndGet(-declared);
                throw new DomainException("evidence.error.batchTooBig", maxBatchBytes / (1024 * 1024));
            }
            AttachmentRow row = evidence.attach(target, Receiving.toTemporaryFile(event.getInputStream(),
                    event.getFileSize(), maxFileBytes), event.getFileName());
            ui.access(() -> stored.accept(row));
        } catch (DomainException refused) {
            String message = ui.getTranslation(refused.messageKey(), refused.arguments());
            event.reject(message);
            ui.access(() -> Notifications.errorKey(refused.messageKey(), refused.arguments()));
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxFileBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxFileBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
