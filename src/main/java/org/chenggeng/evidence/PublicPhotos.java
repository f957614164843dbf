package org.chenggeng.evidence;

import org.chenggeng.evidence.FileStore.Rendition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The photos an official marked public, for the residents' public page (decision 0024), read without signing in.
 * Each is reached by its own public token, which opens only the thumbnail or the display size: JPEGs made from the
 * photo with its orientation applied and without its EXIF (no GPS, no camera), never the original, its name, the
 * uploader or the staff token.
 */
@Service
public class PublicPhotos {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

    private final AttachmentRepository attachments;
    private final StoredFileRepository files;
    private final FileStore store;

    PublicPhotos(AttachmentRepository attachments, StoredFileRepository files, FileStore store) {
        this.attachments = attachments;
        this.files = files;
        this.store = store;
    }

    /** A public photo: its public token, its phase, the work item it shows (if any) and the day it was taken. */
    public record PublicPhoto(String publicToken, Phase phase, Long workItemId, LocalDate takenOn) {
    }

    /** A public photo's JPEG bytes and their length. */
    public record PublicImage(InputStream content, long length) {
    }

    @Transactional(readOnly = true)
    public List<PublicPhoto> of(long projectId) {
        return attachments.publicOfProject(projectId).stream()
                .map(a -> new PublicPhoto(a.getPublicToken(), a.getPhase(), a.getWorkItemId(), a.getTakenOn()))
                .toList();
    }

    /** The thumbnail ({@code thumbnail} true) or display size of a public photo; empty for anything else. */
    @Transactional(readOnly = true)
    public Optional<PublicImage> open(String publicToken, boolean thumbnail) throws IOException {
        if (publicToken == null || !TOKEN.matcher(publicToken).matches()) {
            return Optional.empty();
        }
        Optional<Attachment> found = attachments.findByPublicToken(publicToken).filter(Attachment::isPublishable);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredFile> file = files.findById(found.get().getFileId()).filter(StoredFile::isImage);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Rendition rendition = thumbnail ? Rendition.THUMBNAIL : Rendition.DISPLAY;
        String sha = file.get().getSha256();
        Optional<InputStream> in = store.open(sha, rendition);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PublicImage(in.get(), store.size(sha, rendition)));
    }
}
