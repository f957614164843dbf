package org.chenggeng.shared.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.chenggeng.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * An uploaded .xlsx copied to a temporary file and checked as a zip before any part of it is parsed: its size on
 * disk, what every entry really inflates to (counted while inflating, since a zip's declared sizes can lie), and
 * the ratio of inflated to compressed bytes, which for a zip bomb is in the thousands. The file is deleted on close.
 */
final class XlsxFile implements AutoCloseable {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /**
     * Below this many inflated bytes an entry's ratio is not judged (small parts compress very well); POI's own
     * check, which stays on behind this one, has the same grace, so this one answers first and by name.
     */
    private static final long RATIO_GRACE = 100 * 1024;

    private final Path path;
    private final Map<String, Long> inflated = new HashMap<>();

    private XlsxFile(Path path) {
        this.path = path;
    }

    /** Copies at most {@code limits.maxFileBytes()} of the stream to disk and checks the zip; refuses what is not. */
    static XlsxFile copy(InputStream in, XlsxRows.Limits limits) {
        XlsxFile file;
        try {
            file = new XlsxFile(Files.createTempFile("chenggeng-import-", ".xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            file.write(in, limits.maxFileBytes());
            file.check(limits);
            return file;
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** The bytes an entry inflated to when it was checked, or -1 for an entry the file does not have. */
    long inflatedSize(String entry) {
        return inflated.getOrDefault(entry, -1L);
    }

    private void write(InputStream in, long max) {
        try (OutputStream out = Files.newOutputStream(path)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > max) {
                    throw new DomainException("import.upload.tooBig", max / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new DomainException("import.error.notXlsx");
        }
    }

    private void check(XlsxRows.Limits limits) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(path)) {
            int n = in.readNBytes(head, 0, 4);
            if (n == 4 && java.util.Arrays.equals(head, OLE2)) {
                throw new DomainException("import.error.oldXls");
            }
            if (n < 4 || !java.util.Arrays.equals(head, ZIP)) {
                throw new DomainException("import.error.notXlsx");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ZipFile zip = ZipFile.builder().setPath(path).get()) {
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        size += n;
                        total += n;
                        if (total > limits.maxInflatedBytes()) {
                            throw new DomainException("import.error.tooLargeUnzipped",
                                    limits.maxInflatedBytes() / (1024 * 1024));
                        }
                        if (size > RATIO_GRACE && in instanceof InputStreamStatistics stats
                                && stats.getUncompressedCount() > limits.maxRatio() * stats.getCompressedCount()) {
                            throw new DomainException("import.error.zipBomb", limits.maxRatio());
                        }
                    }
                }
                inflated.put(entry.getName(), size);
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged zip, an unsupported compression method, a truncated entry
            throw new DomainException("import.error.notXlsx");
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
