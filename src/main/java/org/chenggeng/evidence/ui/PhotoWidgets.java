package org.chenggeng.evidence.ui;

import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.PhotoQueries;
import org.springframework.stereotype.Component;

/**
 * Makes the evidence pieces other screens embed: the uploader of a new progress entry, an entry's photos with
 * "add photos", and a work item's photo strip. Each piece reads and writes through the services, which check scope.
 */
@Component
public class PhotoWidgets {

    private final EvidenceService evidence;
    private final PhotoQueries photos;

    PhotoWidgets(EvidenceService evidence, PhotoQueries photos) {
        this.evidence = evidence;
        this.photos = photos;
    }

    /** The uploader of an entry being typed: photos wait until {@link PhotoUploader#attachTo} the saved entry. */
    public PhotoUploader forNewEntry() {
        return new PhotoUploader(evidence, this::open, OwnerType.ENTRY, null);
    }

    /** An entry's photos, with "add photos" for who may attach to it. */
    public com.vaadin.flow.component.Component forEntry(long entryId) {
        return new RecordPhotos(evidence, this, OwnerType.ENTRY, entryId);
    }

    /** The scans of a household's paper form on its answer, with an upload for more (committee and administrators). */
    public com.vaadin.flow.component.Component forAnswer(long answerId) {
        return new RecordPhotos(evidence, this, OwnerType.ANSWER, answerId);
    }

    /**
     * A resident feedback's photos, with an upload for more, for the committee and administrators who handle it;
     * nothing for others (the feedback's access rule decides both).
     */
    public com.vaadin.flow.component.Component forFeedback(long feedbackId) {
        return evidence.mayAttach(OwnerType.FEEDBACK, feedbackId)
                ? new RecordPhotos(evidence, this, OwnerType.FEEDBACK, feedbackId)
                : new com.vaadin.flow.component.html.Div();
    }

    /**
     * The uploader of another module's record being typed (an inspection, a finding …): photos wait until
     * {@link PhotoUploader#attachTo} the saved record.
     */
    public PhotoUploader forNew(OwnerType type) {
        return new PhotoUploader(evidence, this::open, type, null);
    }

    /** A record's photos, with "add photos" for who may attach to it (the record's owner module decides both). */
    public com.vaadin.flow.component.Component forRecord(OwnerType type, long ownerId) {
        return new RecordPhotos(evidence, this, type, ownerId);
    }

    /**
     * A record's files of any kind (a notice's PDF and drawings, say): photos as a strip, documents as links, and an
     * upload for who may attach to the record.
     */
    public com.vaadin.flow.component.Component filesOf(OwnerType type, long ownerId) {
        return new RecordFiles(evidence, this, type, ownerId);
    }

    /** The newest photos of a work item, for its card. */
    public com.vaadin.flow.component.Component forItem(long projectId, long workItemId) {
        PhotoStrip strip = new PhotoStrip(this::open);
        strip.show(photos.ofItem(projectId, workItemId, 12));
        return strip;
    }

    PhotoUploader uploaderFor(OwnerType type, long ownerId) {
        return new PhotoUploader(evidence, this::open, type, ownerId);
    }

    void open(AttachmentRow photo) {
        new PhotoDialog(evidence, photo, evidence.mayAttach(photo.ownerType(), photo.ownerId()), () -> { }).open();
    }
}
