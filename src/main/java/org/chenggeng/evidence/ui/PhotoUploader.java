package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.shared.ui.ImportUpload;

/**
 * Photos for a record, from the phone's camera ({@code capture}) or its gallery, tagged 施工前/中/后. Until the
 * record exists ({@link #attachTo}) the chosen photos wait in the list; once it does they are bound to it and upload
 * one by one (a photo still uploading when the next record is saved stays with its own record), each
 * with its progress bar, and a failed one can be retried from its row. Each stored photo's thumbnail appears at once.
 */
@StyleSheet("assets/evidence.css")
public class PhotoUploader extends Div {

    private final OwnerType ownerType;
    /** Whether photos are tagged 施工前/中/后: not a scan of a form or a resident's photo. */
    private final boolean tagged;
    private final RadioButtonGroup<Phase> phase = new RadioButtonGroup<>();
    private final Upload camera;
    private final Upload gallery;
    private final PhotoStrip done;
    private final Span hint = new Span();
    /** Read by the upload requests, which run outside the UI's lock. */
    private final PhotoBatches batches;
    private volatile Phase chosen = Phase.DURING;

    PhotoUploader(EvidenceService evidence, PhotoStrip.Opener opener, OwnerType ownerType, Long ownerId) {
        this.ownerType = ownerType;
        this.tagged = ownerType.phased();
        this.batches = new PhotoBatches(ownerId == null ? null : AttachRequest.photo(ownerType, ownerId, null));
        addClassName("photo-uploader");
        phase.setLabel(getTranslation("evidence.phaseLabel"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        phase.setValue(Phase.DURING);
        phase.setId("photo-phase");
        phase.addValueChangeListener(e -> chosen = e.getValue() == null ? Phase.DURING : e.getValue());
        done = new PhotoStrip(opener);
        done.setId("uploaded-photos");
        camera = upload(evidence, "evidence-camera", "evidence.takePhoto");
        camera.getElement().setProperty("capture", "environment");
        gallery = upload(evidence, "evidence-gallery", "evidence.choosePhotos");
        hint.addClassName("hint");
        Div buttons = new Div(camera, gallery);
        buttons.addClassName("photo-buttons");
        phase.setVisible(tagged);
        add(phase, buttons, hint, done);
        waitForOwner(ownerId == null);
    }

    private Upload upload(EvidenceService evidence, String id, String addKey) {
        PhotoReceiver receiver = new PhotoReceiver(evidence, this::request, done::addPhoto);
        Upload upload = new Upload(receiver);
        upload.setId(id);
        upload.setAcceptedFileTypes("image/*", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize((int) evidence.maxFileBytes());
        upload.setMaxFiles(30);
        UploadI18N i18n = ImportUpload.i18n(this, addKey, (int) (evidence.maxFileBytes() / (1024 * 1024)));
        i18n.getError().setIncorrectFileType(getTranslation("evidence.error.type"));
        i18n.getError().setTooManyFiles(getTranslation("evidence.tooManyPhotos"));
        i18n.getDropFiles().setOne(getTranslation("evidence.dropPhotos")).setMany(getTranslation("evidence.dropPhotos"));
        upload.setI18n(i18n);
        upload.addClassName("photo-upload");
        return upload;
    }

    /** The record and phase of a photo sent with {@code batch}; a fixed record's photos take the phase chosen now. */
    AttachRequest request(String batch) {
        AttachRequest target = batches.target(batch);
        if (target == null || target.phase() != null || !tagged) {
            return target;
        }
        return AttachRequest.photo(ownerType, target.ownerId(), chosen);
    }

    /**
     * The record now exists: the photos waiting upload to it, each with its progress bar; photos chosen after this
     * wait for the next record. Rows of photos already uploaded for an earlier record leave the list.
     */
    public void attachTo(long ownerId) {
        int batch = batches.bind(AttachRequest.photo(ownerType, ownerId, tagged ? chosen : null));
        done.clear();
        for (Upload upload : new Upload[]{camera, gallery}) {
            upload.getElement().executeJs("""
                    const target = this.target + (this.target.includes('?') ? '&' : '?') + $0 + '=' + $1;
                    this.files.filter(f => !f.complete && !f.uploadTarget).forEach(f => f.uploadTarget = target);
                    this.files = this.files.filter(f => !f.complete);
                    this.uploadFiles();""", PhotoBatches.PARAMETER, batch);
        }
        hint.setText(getTranslation("evidence.attachedTo"));
    }

    private void waitForOwner(boolean waiting) {
        camera.setAutoUpload(!waiting);
        gallery.setAutoUpload(!waiting);
        hint.setText(getTranslation(waiting ? "evidence.addPhotosHint" : "evidence.attachedTo"));
    }
}
