package org.chenggeng.evidence;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.chenggeng.shared.DomainException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recognises a received file by its content, never by its name: Tika's magic bytes for images and PDF, and for a
 * zip the parts that make it a Word or Excel file (read from the zip's directory, nothing inflated). A PDF must end
 * with its end-of-file marker, so that a file cut off in transit is refused rather than kept as evidence.
 * Anything else is refused with the message key that says why.
 */
final class FileTypes {

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
    private static final int MAX_ZIP_ENTRIES = 20_000;

    private FileTypes() {
    }

    static FileType detect(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new DomainException("evidence.error.empty");
        }
        MediaType detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            detected = MAGIC.detect(in, new Metadata());
        }
        String type = detected.getBaseType().toString();
        return switch (type) {
            case "image/jpeg" -> FileType.JPEG;
            case "image/png" -> FileType.PNG;
            case "image/webp" -> FileType.WEBP;
            case "image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence", "image/avif" ->
                    throw new DomainException("evidence.error.heic");
            case "application/pdf" -> pdf(file);
            case "application/zip", "application/x-tika-ooxml" -> office(file);
            case "application/x-tika-msoffice", "application/msword", "application/vnd.ms-excel" ->
                    throw new DomainException("evidence.error.oldOffice");
            default -> throw new DomainException("evidence.error.type");
        };
    }

    private static FileType pdf(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            int tail = (int) Math.min(2048, raf.length());
            byte[] end = new byte[tail];
            raf.seek(raf.length() - tail);
            raf.readFully(end);
            if (!new String(end, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new DomainException("evidence.error.damaged");
            }
        }
        return FileType.PDF;
    }

    private static FileType office(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES || zip.getEntry("[Content_Types].xml") == null) {
                throw new DomainException("evidence.error.type");
            }
            if (zip.getEntry("word/document.xml") != null) {
                return FileType.DOCX;
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return FileType.XLSX;
            }
            throw new DomainException("evidence.error.type");
        } catch (ZipException e) {
            throw new DomainException("evidence.error.damaged");
        }
    }
}
