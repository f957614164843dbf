package org.chenggeng.evidence;

import org.chenggeng.evidence.FileStore.Rendition;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the store against the database: every stored file's original is there, has its recorded size and hashes
 * to its SHA-256, and every image has its thumbnail and display size. Reads the rows a thousand at a time.
 */
@Component
class FileCheck {

    private static final int BATCH = 1000;

    private final StoredFileRepository files;
    private final FileStore store;

    FileCheck(StoredFileRepository files, FileStore store) {
        this.files = files;
        this.store = store;
    }

    /** How many files were checked, the bytes read, what is wrong (one line each) and how long it took. */
    record Outcome(long files, long bytes, List<String> problems, long millis) {

        boolean consistent() {
            return problems.isEmpty();
        }
    }

    Outcome verify() throws IOException {
        long started = System.nanoTime();
        long count = 0;
        long bytes = 0;
        List<String> problems = new ArrayList<>();
        long after = 0;
        for (List<StoredFile> batch; !(batch = files.after(after, PageRequest.of(0, BATCH))).isEmpty(); ) {
            for (StoredFile f : batch) {
                count++;
                bytes += Math.max(0, check(f, problems));
                after = f.getId();
            }
        }
        return new Outcome(count, bytes, problems, (System.nanoTime() - started) / 1_000_000);
    }

    private long check(StoredFile f, List<String> problems) throws IOException {
        String name = "file " + f.getId() + " (" + f.getSha256() + ")";
        if (f.isImage()) {
            for (Rendition r : List.of(Rendition.THUMBNAIL, Rendition.DISPLAY)) {
                if (store.size(f.getSha256(), r) < 0) {
                    problems.add(name + ": " + r.name().toLowerCase() + " missing");
                }
            }
        }
        Optional<InputStream> original = store.open(f.getSha256(), Rendition.ORIGINAL);
        if (original.isEmpty()) {
            problems.add(name + ": missing");
            return -1;
        }
        long size = store.size(f.getSha256(), Rendition.ORIGINAL);
        if (size != f.getSizeBytes()) {
            problems.add(name + ": " + size + " bytes, recorded " + f.getSizeBytes());
        }
        String actual = Intake.sha256(original.get());
        if (!actual.equals(f.getSha256())) {
            problems.add(name + ": content hashes to " + actual);
        }
        return size;
    }
}
