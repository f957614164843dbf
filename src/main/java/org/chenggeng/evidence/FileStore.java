package org.chenggeng.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bytes of evidence files are kept, by content hash: the original as received and, for images, its
 * renditions. Writing the same hash twice keeps the first copy. One implementation today ({@link DirectoryFileStore});
 * an object store would be a second.
 */
interface FileStore {

    /** Moves a received file into the store under its hash (or drops it when that content is already there). */
    void put(String sha256, Rendition rendition, Path received) throws IOException;

    /** Writes bytes under the hash, as a rendition of the original. */
    void put(String sha256, Rendition rendition, byte[] bytes) throws IOException;

    /** The stored bytes, if they are there. */
    Optional<InputStream> open(String sha256, Rendition rendition) throws IOException;

    /** The stored file's size, or -1 when it is missing. */
    long size(String sha256, Rendition rendition) throws IOException;

    /** The original as received, its thumbnail (at most 60 KB) and its display size (images only). */
    enum Rendition {
        ORIGINAL(""), THUMBNAIL(".thumb.jpg"), DISPLAY(".display.jpg");

        final String suffix;

        Rendition(String suffix) {
            this.suffix = suffix;
        }
    }
}
