package org.chenggeng.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.function.BiConsumer;

/** The upload field of an import screen: one .xlsx file of at most {@link #MAX_MB} MB, kept in memory. */
public final class ImportUpload {

    public static final int MAX_MB = 20;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportUpload() {
    }

    /** An upload that hands each received file (name, bytes) to {@code received}, in the UI's lock. */
    public static Upload create(Component owner, BiConsumer<String, byte[]> received) {
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received.accept(meta.fileName(), bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MB * 1024 * 1024);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setI18n(i18n(owner));
        upload.addFileRejectedListener(e -> Notifications.errorKey("import.upload.rejected", e.getErrorMessage()));
        upload.addFailedListener(e -> Notifications.errorKey("import.upload.failed"));
        return upload;
    }

    private static UploadI18N i18n(Component c) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("import.upload.connecting"))
                        .setProcessing(c.getTranslation("import.upload.processing"))
                        .setHeld(c.getTranslation("import.upload.held"))
                        .setStalled(c.getTranslation("import.upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("import.upload.remaining"))
                        .setUnknown(c.getTranslation("import.upload.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("import.upload.failed"))
                        .setUnexpectedServerError(c.getTranslation("import.upload.failed"))
                        .setForbidden(c.getTranslation("import.upload.forbidden"))
                        .setFileTooLarge(c.getTranslation("import.upload.tooBig", MAX_MB)));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("import.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("import.upload.tooMany"))
                        .setFileIsTooBig(c.getTranslation("import.upload.tooBig", MAX_MB))
                        .setIncorrectFileType(c.getTranslation("import.upload.wrongType")))
                .setFile(new UploadI18N.File().setRemove(c.getTranslation("import.upload.remove"))
                        .setRetry(c.getTranslation("import.upload.retry"))
                        .setStart(c.getTranslation("import.upload.start")))
                .setUploading(uploading);
    }
}
