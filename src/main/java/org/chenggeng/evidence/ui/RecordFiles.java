package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.FileType;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.shared.ui.ImportUpload;
import org.chenggeng.shared.ui.Notifications;

import java.util.List;

/**
 * A record's files of any kind the evidence module takes (PDF, Word, Excel, photos): photos as a strip, the others as
 * links that open them; and for who may attach to the record, an upload. Access follows the record (its owner module
 * decides), as everywhere.
 */
class RecordFiles extends Div {

    private final transient EvidenceService evidence;
    private final OwnerType type;
    private final long ownerId;
    private final PhotoStrip photos;
    private final Div documents = new Div();

    RecordFiles(EvidenceService evidence, PhotoWidgets widgets, OwnerType type, long ownerId) {
        this.evidence = evidence;
        this.type = type;
        this.ownerId = ownerId;
        addClassName("record-files");
        photos = new PhotoStrip(widgets::open);
        documents.addClassName("document-list");
        add(documents, photos);
        if (evidence.mayAttach(type, ownerId)) {
            Upload upload = new Upload(new PhotoReceiver(evidence, batch -> AttachRequest.photo(type, ownerId, null),
                    row -> {
                        Notifications.success("evidence.documentAdded", row.fileName());
                        show();
                    }));
            upload.setId("record-files-upload-" + ownerId);
            upload.setAcceptedFileTypes(java.util.Arrays.stream(FileType.values()).flatMap(t -> java.util.stream.Stream
                    .of(t.mediaType(), "." + t.extension())).toArray(String[]::new));
            upload.setMaxFileSize((int) evidence.maxFileBytes());
            UploadI18N i18n = ImportUpload.i18n(this, "evidence.addFiles", (int) (evidence.maxFileBytes() / (1024 * 1024)));
            i18n.getDropFiles().setOne(getTranslation("evidence.dropDocuments"))
                    .setMany(getTranslation("evidence.dropDocuments"));
            upload.setI18n(i18n);
            add(upload);
        }
        show();
    }

    private void show() {
        List<AttachmentRow> files = evidence.of(type, ownerId);
        photos.show(files);
        documents.removeAll();
        for (AttachmentRow file : files.stream().filter(f -> !f.image()).toList()) {
            Anchor link = new Anchor(file.originalUrl(), file.fileName());
            link.setRouterIgnore(true);
            link.setTarget("_blank");
            Div line = new Div(link);
            line.addClassName("document-line");
            documents.add(line);
        }
    }
}
