package org.chenggeng.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A stored file attached to the record it proves, reached by an unguessable token. Append-only like the ledger:
 * once attached it is never deleted; {@link #withdraw} hides it with a reason and keeps it.
 */
@Entity
@Table(name = "attachment")
class Attachment extends BaseEntity {

    static final int REASON_MAX = 500;
    static final int CAPTION_MAX = 200;

    @Column(nullable = false, length = 43)
    private String token;
    @Column(name = "file_id", nullable = false)
    private Long fileId;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false)
    private OwnerType ownerType;
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "work_item_id")
    private Long workItemId;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    @Column(name = "document_type")
    private String documentType;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(nullable = false)
    private boolean image;
    @Column(nullable = false)
    private boolean personal;
    @Column(nullable = false)
    private boolean sample;
    private String caption;
    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "public_token", length = 43)
    private String publicToken;

    protected Attachment() {
    }

    Attachment(String token, StoredFile file, EvidenceOwner.Place place, AttachRequest request, String fileName,
               LocalDate takenOn, String uploadedBy, Instant uploadedAt) {
        if (request.caption() != null && request.caption().length() > CAPTION_MAX) {
            throw new DomainException("error.tooLong", CAPTION_MAX);
        }
        this.token = token;
        this.fileId = file.getId();
        this.ownerType = request.ownerType();
        this.ownerId = request.ownerId();
        this.projectId = place.projectId();
        this.workItemId = place.workItemId();
        this.phase = file.isImage() ? request.phase() : null;
        this.documentType = request.documentType();
        this.fileName = fileName;
        this.image = file.isImage();
        this.personal = request.ownerType().personal();
        this.sample = request.sample();
        this.caption = request.caption() == null || request.caption().isBlank() ? null : request.caption().strip();
        this.takenOn = takenOn;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Hides the file from every list with the reason; the file and this record stay. */
    void withdraw(String reason, String by, Instant at) {
        if (withdrawnAt != null) {
            throw new DomainException("evidence.error.alreadyWithdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("evidence.error.reasonRequired");
        }
        if (reason.length() > REASON_MAX) {
            throw new DomainException("error.tooLong", REASON_MAX);
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawalReason = reason.strip();
    }

    /**
     * Shows the photo on the project's public page under a token of its own (decision 0024): only a site photo of the
     * project's own records taken before or after the work (施工前/施工后), never a form, a feedback's or an inspection's.
     */
    void publish(String token) {
        if (!isPublishable()) {
            throw new DomainException("evidence.error.notPublishable");
        }
        if (publicToken == null) {
            this.publicToken = token;
        }
    }

    /** Takes the photo off the public page; its public token stops working. */
    void unpublish() {
        this.publicToken = null;
    }

    /** What the audit log keeps: no token (it would open the file) and, for personal data, no file name. */
    Map<String, String> snapshot() {
        return Snapshot.of().put("ownerType", ownerType).put("ownerId", ownerId).put("projectId", projectId)
                .put("workItemId", workItemId).put("phase", phase).put("documentType", documentType)
                .put("fileName", personal ? "" : fileName).put("fileId", fileId)
                .put("withdrawalReason", withdrawalReason).put("public", publicToken != null).toMap();
    }

    String getToken() {
        return token;
    }

    Long getFileId() {
        return fileId;
    }

    OwnerType getOwnerType() {
        return ownerType;
    }

    Long getOwnerId() {
        return ownerId;
    }

    Long getProjectId() {
        return projectId;
    }

    Long getWorkItemId() {
        return workItemId;
    }

    Phase getPhase() {
        return phase;
    }

    String getDocumentType() {
        return documentType;
    }

    String getFileName() {
        return fileName;
    }

    boolean isImage() {
        return image;
    }

    boolean isPersonal() {
        return personal;
    }

    boolean isSample() {
        return sample;
    }

    String getCaption() {
        return caption;
    }

    LocalDate getTakenOn() {
        return takenOn;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    String getPublicToken() {
        return publicToken;
    }

    /** Whether it may be shown on the public page: a before or after site photo, not personal data. */
    boolean isPublishable() {
        return image && !personal && (phase == Phase.BEFORE || phase == Phase.AFTER) && withdrawnAt == null;
    }

    String getWithdrawalReason() {
        return withdrawalReason;
    }
}
