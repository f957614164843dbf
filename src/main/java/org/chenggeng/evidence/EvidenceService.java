package org.chenggeng.evidence;

import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attaching files to records, listing them and withdrawing them. Access follows the record a file belongs to and is
 * checked here, by the module that owns the record ({@link EvidenceOwner}), before anything is read or stored.
 * Uploads and withdrawals are audited; so is every download of a personal-data attachment (see
 * {@link EvidenceFiles}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EvidenceService {

    static final String AUDIT_TYPE = "ATTACHMENT";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Owners owners;
    private final Intake intake;
    private final AttachmentRepository attachments;
    private final StoredFileRepository files;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final EvidenceProperties properties;
    private final DocumentTypes documentTypes;

    EvidenceService(EvidenceProperties properties, DocumentTypes documentTypes, Owners owners, Intake intake, AttachmentRepository attachments, StoredFileRepository files,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                    PlatformTransactionManager transactions) {
        this.properties = properties;
        this.documentTypes = documentTypes;
        this.owners = owners;
        this.intake = intake;
        this.attachments = attachments;
        this.files = files;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Attaches a received file (size already bounded by whoever received it; the file is consumed) to a record the
     * signed-in user may attach to. The same content attached to the same record again answers the first
     * attachment and writes nothing, so a retried upload is harmless.
     */
    public AttachmentRow attach(AttachRequest request, Path received, String fileName) throws IOException {
        Actor actor = currentUser.require();
        EvidenceOwner.Place place;
        try {
            place = owners.place(request.ownerType(), request.ownerId(), true);
            checkDocumentType(request);
        } catch (RuntimeException refused) {
            java.nio.file.Files.deleteIfExists(received);
            throw refused;
        }
        StoredFile file = intake.store(received);
        String name = cleanName(fileName, file.getType());
        return transaction.execute(s -> {
            Attachment existing = attachments.active(request.ownerType(), request.ownerId(), file.getId()).orElse(null);
            if (existing != null) {
                return AttachmentRow.of(existing, file);
            }
            LocalDate takenOn = file.getTakenAt() == null ? LocalDate.now(clock)
                    : LocalDate.ofInstant(file.getTakenAt(), clock.getZone());
            Attachment a = attachments.save(new Attachment(newToken(), file, place, request, name, takenOn,
                    actor.username(), clock.instant()));
            events.publishEvent(EntityChanged.created(AUDIT_TYPE, a.getId(), a.snapshot()));
            return AttachmentRow.of(a, file);
        });
    }

    /** The largest file one may upload, in bytes. */
    public long maxFileBytes() {
        return properties.maxFileSize().toBytes();
    }

    /** The most a batch of uploads for one record may add up to, in bytes. */
    public long maxBatchBytes() {
        return properties.maxBatchSize().toBytes();
    }

    private void checkDocumentType(AttachRequest request) {
        if (request.documentType() != null && (request.ownerType() != OwnerType.PROJECT
                || documentTypes.active().stream().noneMatch(t -> t.code().equals(request.documentType())))) {
            throw new DomainException("evidence.error.documentType");
        }
    }

    /** The files attached to a record, oldest first; refused where the record is. */
    @Transactional(readOnly = true)
    public List<AttachmentRow> of(OwnerType type, long ownerId) {
        owners.place(type, ownerId, false);
        return rows(attachments.ofOwners(type, List.of(ownerId)));
    }

    /**
     * Whether the signed-in user may attach files to the record (asked by screens to show their upload). Runs outside
     * any transaction: a refusal rolls back only the check's own, instead of marking the caller's rollback-only.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public boolean mayAttach(OwnerType type, long ownerId) {
        try {
            owners.place(type, ownerId, true);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** Withdraws an attachment with a reason: hidden from every list, kept, audited. Only who may attach may. */
    @Transactional
    public void withdraw(String token, String reason) {
        Attachment a = attachments.findByToken(token).orElseThrow(NotFoundException::new);
        owners.place(a.getOwnerType(), a.getOwnerId(), true);
        Map<String, String> before = a.snapshot();
        a.withdraw(reason, currentUser.require().username(), clock.instant());
        events.publishEvent(EntityChanged.updated(AUDIT_TYPE, a.getId(), "WITHDRAW", before, a.snapshot()));
    }

    /**
     * Shows a site photo on the project's public page or takes it off (decision 0024): officials in the project's
     * region and administrators; audited.
     */
    @Transactional
    public void setPublic(String token, boolean shown) {
        Attachment a = attachments.findByToken(token).orElseThrow(NotFoundException::new);
        owners.place(a.getOwnerType(), a.getOwnerId(), false);
        Actor actor = currentUser.require();
        if (!mayPublish(actor)) {
            throw currentUser.deny(actor, "evidence.publish " + a.getId());
        }
        if (shown == (a.getPublicToken() != null)) {
            return;
        }
        Map<String, String> before = a.snapshot();
        if (shown) {
            a.publish(newToken());
        } else {
            a.unpublish();
        }
        events.publishEvent(EntityChanged.updated(AUDIT_TYPE, a.getId(), shown ? "SHOW_PUBLIC" : "HIDE_PUBLIC", before,
                a.snapshot()));
    }

    /** Whether the signed-in user may choose the photos of the public page: officials and administrators. */
    public boolean mayPublish() {
        return currentUser.find().map(EvidenceService::mayPublish).orElse(false);
    }

    private static boolean mayPublish(Actor actor) {
        return actor.isAdmin() || actor.is(org.chenggeng.security.Role.OFFICIAL);
    }

    List<AttachmentRow> rows(Collection<Attachment> list) {
        Map<Long, StoredFile> byId = files.findAllById(list.stream().map(Attachment::getFileId).collect(
                Collectors.toSet())).stream().collect(Collectors.toMap(StoredFile::getId, Function.identity()));
        return list.stream().map(a -> AttachmentRow.of(a, byId.get(a.getFileId()))).toList();
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The name as the user chose it, without any path, control characters or a misleading extension. */
    static String cleanName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isBlank()) {
            stem = "file";
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, 200);
        }
        return stem + "." + type.extension();
    }
}
