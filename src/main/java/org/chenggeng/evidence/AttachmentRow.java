package org.chenggeng.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An attached file as screens and reports show it, with the URLs that serve it. The URLs carry the attachment's
 * random token, never an id; each request is still checked against the record the file belongs to.
 */
public record AttachmentRow(String token, OwnerType ownerType, long ownerId, long projectId, Long workItemId,
                            Phase phase, String documentType, String fileName, FileType type, long sizeBytes,
                            Integer width, Integer height, Instant takenAt, LocalDate takenOn, BigDecimal latitude,
                            BigDecimal longitude, String caption, boolean sample, String uploadedBy,
                            Instant uploadedAt, boolean shownPublicly, boolean publishable) {

    public boolean image() {
        return type.isImage();
    }

    public boolean hasPlace() {
        return latitude != null && longitude != null;
    }

    public String originalUrl() {
        return "files/" + token;
    }

    /** The thumbnail of a photo (at most 60 KB); a document has none. */
    public String thumbnailUrl() {
        return "files/" + token + "/thumbnail";
    }

    public String displayUrl() {
        return "files/" + token + "/display";
    }

    static AttachmentRow of(Attachment a, StoredFile f) {
        return new AttachmentRow(a.getToken(), a.getOwnerType(), a.getOwnerId(), a.getProjectId(), a.getWorkItemId(),
                a.getPhase(), a.getDocumentType(), a.getFileName(), f.getType(), f.getSizeBytes(), f.getWidth(),
                f.getHeight(), f.getTakenAt(), a.getTakenOn(), f.getLatitude(), f.getLongitude(), a.getCaption(),
                a.isSample(), a.getUploadedBy(), a.getUploadedAt(), a.getPublicToken() != null, a.isPublishable());
    }
}
