package org.chenggeng.evidence;

import org.chenggeng.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies an upload to a temporary file, refusing it on the server when larger than the limit: at once when the
 * request declares more, otherwise as soon as more bytes arrive than that (the browser's own limit is only a
 * courtesy). A refused upload leaves nothing behind. Memory stays at one 64 KB buffer whatever the size.
 */
public final class Receiving {

    private Receiving() {
    }

    /** The received file, or {@code evidence.error.tooBig} with the limit in MB. {@code declared} -1 if unknown. */
    public static Path toTemporaryFile(InputStream in, long declared, long maxBytes) throws IOException {
        if (declared > maxBytes) {
            throw tooBig(maxBytes);
        }
        Path file = Files.createTempFile("chenggeng-evidence-", ".upload");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooBig(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            kept = true;
            return file;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static DomainException tooBig(long maxBytes) {
        return new DomainException("evidence.error.tooBig", maxBytes / (1024 * 1024));
    }
}
