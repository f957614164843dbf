package org.chenggeng.evidence;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A photo a resident sends with feedback from the public portal (decision 0024), where nobody is signed in: checked
 * as every evidence upload is (its type from its content, its pixels bounded before decoding, a damaged file refused)
 * and then re-encoded, so that what is kept is a JPEG of at most 1 600 px drawn afresh, without the sender's EXIF (GPS,
 * camera, name) or anything hidden after the picture. Attached to personal-data records only, which the committee
 * alone sees. The caller (the consultation module) has already bounded the size while receiving.
 */
@Service
public class ResidentPhotos {

    /** Who the audit log and the attachment name as the uploader of a resident's photo. */
    public static final String UPLOADER = "portal";

    private final EvidenceProperties properties;
    private final Intake intake;
    private final AttachmentRepository attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ResidentPhotos(EvidenceProperties properties, Intake intake, AttachmentRepository attachments,
                   ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.intake = intake;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Checks a received photo and answers a re-encoded copy in a new temporary file; the received file is deleted
     * either way. Refuses anything but a JPEG, PNG or WebP photo with the evidence messages.
     */
    public Path prepare(Path received) throws IOException {
        try {
            FileType type = FileTypes.detect(received);
            if (!type.isImage()) {
                throw new DomainException("evidence.error.type");
            }
            ImageFacts facts = Images.read(received, properties.maxPixels(), clock.getZone());
            Path encoded = Files.createTempFile("chenggeng-resident-", ".jpg");
            Files.write(encoded, facts.display());
            return encoded;
        } finally {
            Files.deleteIfExists(received);
        }
    }

    /** Attaches a prepared photo (consumed) to a personal-data record of the project, such as a feedback. */
    public void attach(OwnerType type, long ownerId, long projectId, Path prepared) throws IOException {
        if (!type.personal()) {
            Files.deleteIfExists(prepared);
            throw new IllegalArgumentException("resident photos go to personal-data records only, not " + type);
        }
        StoredFile file = intake.store(prepared);
        transaction.executeWithoutResult(s -> {
            if (attachments.active(type, ownerId, file.getId()).isPresent()) {
                return;
            }
            AttachRequest request = new AttachRequest(type, ownerId, null, null, null, false);
            Attachment a = attachments.save(new Attachment(EvidenceService.newToken(), file,
                    new EvidenceOwner.Place(projectId, null), request, "photo.jpg",
                    LocalDate.now(clock), UPLOADER, clock.instant()));
            events.publishEvent(EntityChanged.created(EvidenceService.AUDIT_TYPE, a.getId(), a.snapshot()));
        });
    }
}
