package org.chenggeng.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The files attached to a public notice, for the residents' public page (decision 0024), read without signing in:
 * the caller (the portal) has found the notice published on the project its slug names; the files are then public
 * as the notice is. They are listed and opened by their place in the notice's list, never by an id, and only as
 * the stored original of a checked type (the upload's checks, decision 0014), without the uploader or the staff token.
 */
@Service
public class PublicFiles {

    private final AttachmentRepository attachments;
    private final StoredFileRepository files;
    private final FileStore store;

    PublicFiles(AttachmentRepository attachments, StoredFileRepository files, FileStore store) {
        this.attachments = attachments;
        this.files = files;
        this.store = store;
    }

    /** A public file as the page lists it: its name, type and size. */
    public record PublicFile(String name, FileType type, long sizeBytes) {
    }

    /** A public file's content to send. */
    public record OpenedFile(String name, FileType type, long length, InputStream content) {
    }

    /** The files of a notice, in the order they were attached. */
    @Transactional(readOnly = true)
    public List<PublicFile> ofNotice(long noticeId) {
        return attached(noticeId).stream().flatMap(a -> files.findById(a.getFileId()).stream()
                .map(f -> new PublicFile(a.getFileName(), f.getType(), f.getSizeBytes()))).toList();
    }

    /** The notice's {@code number}th file (from 1), or empty for any other number. */
    @Transactional(readOnly = true)
    public Optional<OpenedFile> openOfNotice(long noticeId, int number) throws IOException {
        List<Attachment> all = attached(noticeId);
        if (number < 1 || number > all.size()) {
            return Optional.empty();
        }
        Attachment a = all.get(number - 1);
        Optional<StoredFile> file = files.findById(a.getFileId());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String sha = file.get().getSha256();
        Optional<InputStream> in = store.open(sha, FileStore.Rendition.ORIGINAL);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OpenedFile(a.getFileName(), file.get().getType(),
                store.size(sha, FileStore.Rendition.ORIGINAL), in.get()));
    }

    private List<Attachment> attached(long noticeId) {
        // in the order they were attached (ofOwners sorts by the day taken, then by id)
        return attachments.ofOwners(OwnerType.NOTICE, List.of(noticeId)).stream().filter(a -> !a.isPersonal())
                .toList();
    }
}
