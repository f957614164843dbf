package org.chenggeng.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import org.chenggeng.shared.xlsx.XlsxRows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The upload field of an import screen: one .xlsx file of at most {@link #MAX_MB} MB, refused on the server past
 * that and streamed to a temporary file, never held whole in memory. The screen deletes the file when done.
 */
public final class ImportUpload {

    public static final int MAX_MB = XlsxRows.MAX_FILE_MB;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportUpload() {
    }

    /**
     * An upload that hands each received file (its name and the temporary file, which the caller deletes) to
     * {@code received}, in the UI's lock.
     */
    public static Upload create(Component owner, SerializableBiConsumer<String, Path> received) {
        Upload upload = new Upload(new LimitedUpload(MAX_MB * 1024L * 1024L, received));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MB * 1024 * 1024);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setI18n(i18n(owner));
        upload.addFileRejectedListener(e -> Notifications.errorKey("import.upload.rejected", e.getErrorMessage()));
        upload.addFailedListener(e -> Notifications.errorKey("import.upload.failed"));
        return upload;
    }

    /** Reads a received file with {@code reader}, closing it afterwards. */
    public static <T> T read(Path file, Function<InputStream, T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a received file; null and a file already gone are fine. */
    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static UploadI18N i18n(Component c) {
        return i18n(c, "import.upload.button", MAX_MB);
    }

    /** The upload's texts in the user's language, with the add button's own key and the size limit said. */
    public static UploadI18N i18n(Component c, String addFilesKey, int maxMb) {
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
                        .setFileTooLarge(c.getTranslation("import.upload.tooBig", maxMb)));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation(addFilesKey))
                        .setMany(c.getTranslation(addFilesKey)))
                .setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("import.upload.drop"))
                        .setMany(c.getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("import.upload.tooMany"))
                        .setFileIsTooBig(c.getTranslation("import.upload.tooBig", maxMb))
                        .setIncorrectFileType(c.getTranslation("import.upload.wrongType")))
                .setFile(new UploadI18N.File().setRemove(c.getTranslation("import.upload.remove"))
                        .setRetry(c.getTranslation("import.upload.retry"))
                        .setStart(c.getTranslation("import.upload.start")))
                .setUploading(uploading);
    }
}
