package org.chenggeng.evidence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.DocumentTypes;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.FileType;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.PhotoQueries;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.ImportUpload;
import org.chenggeng.shared.ui.Notifications;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project's documents (实施方案, 设计图纸 …) to open or download, and, for who may attach to the project, an upload
 * that asks the document's type first. PDF, Word, Excel and images; anything else is refused by its content.
 */
class DocumentsPanel extends Div {

    private final transient PhotoQueries photos;
    private final long projectId;
    private final Map<String, DocumentTypes.Choice> types;
    private final Div list = new Div();
    /** Read by the upload requests, which run outside the UI's lock. */
    private volatile String chosenType;

    DocumentsPanel(EvidenceService evidence, PhotoQueries photos, DocumentTypes documentTypes, long projectId) {
        this.photos = photos;
        this.projectId = projectId;
        List<DocumentTypes.Choice> choices = documentTypes.active();
        this.types = choices.stream().collect(Collectors.toMap(DocumentTypes.Choice::code, Function.identity()));
        setId("project-documents");
        list.addClassName("document-list");
        add(list);
        if (evidence.mayAttach(OwnerType.PROJECT, projectId)) {
            Select<DocumentTypes.Choice> type = new Select<>();
            type.setLabel(getTranslation("evidence.documentTypeLabel"));
            type.setItems(choices);
            type.setItemLabelGenerator(c -> c.name(getLocale()));
            type.setId("document-type");
            type.addValueChangeListener(e -> chosenType = e.getValue() == null ? null : e.getValue().code());
            Upload upload = new Upload(new PhotoReceiver(evidence, batch -> request(), this::added));
            upload.setId("document-upload");
            upload.setAcceptedFileTypes(accepted());
            upload.setMaxFileSize((int) evidence.maxFileBytes());
            UploadI18N i18n = ImportUpload.i18n(this, "evidence.addDocuments",
                    (int) (evidence.maxFileBytes() / (1024 * 1024)));
            i18n.getDropFiles().setOne(getTranslation("evidence.dropDocuments"))
                    .setMany(getTranslation("evidence.dropDocuments"));
            upload.setI18n(i18n);
            add(type, upload);
        }
        show();
    }

    private AttachRequest request() {
        String type = chosenType;
        if (type == null) {
            throw new DomainException("evidence.error.documentType");
        }
        return AttachRequest.document(projectId, type);
    }

    private static String[] accepted() {
        return java.util.Arrays.stream(FileType.values()).flatMap(t -> java.util.stream.Stream.of(t.mediaType(),
                "." + t.extension())).toArray(String[]::new);
    }

    private void added(AttachmentRow row) {
        Notifications.success("evidence.documentAdded", row.fileName());
        show();
    }

    private void show() {
        list.removeAll();
        List<AttachmentRow> docs = photos.page(projectId, PhotoQueries.Filter.documents(), 0, 200);
        if (docs.isEmpty()) {
            list.add(new Span(getTranslation("evidence.page.noDocuments")));
        }
        for (AttachmentRow doc : docs) {
            Anchor link = new Anchor(doc.originalUrl(), doc.fileName());
            link.setRouterIgnore(true);
            link.setTarget("_blank");
            DocumentTypes.Choice type = doc.documentType() == null ? null : types.get(doc.documentType());
            Span kind = new Span(type == null ? "" : " · " + type.name(getLocale()));
            kind.addClassName("hint");
            Div line = new Div(link, kind);
            line.addClassName("document-line");
            list.add(line);
        }
    }
}
