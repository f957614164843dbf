package org.chenggeng.evidence;

import org.chenggeng.evidence.FileStore.Rendition;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.PersonalDataRead;
import org.chenggeng.shared.Snapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Opening an attached file by its token, for the file URLs, reports and the evidence zip. The token only finds the
 * file: the record it belongs to decides whether the signed-in user may have it. A withdrawn file is not found. A
 * personal-data attachment's download is audited in the same transaction that lets it out, and published as a read of
 * personal data ({@code HOUSEHOLD_SCAN}: a signed form, a resident's photo or signature).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EvidenceFiles {

    private final AttachmentRepository attachments;
    private final StoredFileRepository files;
    private final FileStore store;
    private final Owners owners;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    EvidenceFiles(AttachmentRepository attachments, StoredFileRepository files, FileStore store, Owners owners,
                  CurrentUser currentUser, ApplicationEventPublisher events) {
        this.attachments = attachments;
        this.files = files;
        this.store = store;
        this.owners = owners;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The bytes to send, their media type, the name to save them as and their length. */
    public record Download(InputStream content, String mediaType, String fileName, long length) {
    }

    /** The variants of a file: the original as received, or a photo's thumbnail or display size (JPEG). */
    public enum Variant {
        ORIGINAL, THUMBNAIL, DISPLAY
    }

    @Transactional
    public Download open(String token, Variant variant) {
        Attachment a = attachments.findByToken(token).filter(x -> !x.isWithdrawn()).orElseThrow(NotFoundException::new);
        owners.place(a.getOwnerType(), a.getOwnerId(), false);
        StoredFile f = files.findById(a.getFileId()).orElseThrow(NotFoundException::new);
        Rendition rendition = !f.isImage() || variant == Variant.ORIGINAL ? Rendition.ORIGINAL
                : variant == Variant.THUMBNAIL ? Rendition.THUMBNAIL : Rendition.DISPLAY;
        if (a.isPersonal()) {
            currentUser.require();
            events.publishEvent(EntityChanged.updated(EvidenceService.AUDIT_TYPE, a.getId(), "DOWNLOAD",
                    a.snapshot(), Snapshot.of().put("projectId", a.getProjectId()).put("variant", rendition).toMap()));
            events.publishEvent(new PersonalDataRead("HOUSEHOLD_SCAN", EvidenceService.AUDIT_TYPE, a.getId(), 1));
        }
        try {
            long length = store.size(f.getSha256(), rendition);
            InputStream in = store.open(f.getSha256(), rendition).orElseThrow(NotFoundException::new);
            String type = rendition == Rendition.ORIGINAL ? f.getType().mediaType() : "image/jpeg";
            return new Download(in, type, a.getFileName(), length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
