package org.chenggeng.evidence;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A directory on disk, {@code <dir>/ab/cd/abcd…} by SHA-256, so that no directory holds more than a few thousand
 * files. A file is written beside its place and moved into it, so that a reader never sees half a file and two
 * instances on one shared volume writing the same content leave one complete copy.
 */
@Component
class DirectoryFileStore implements FileStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    DirectoryFileStore(EvidenceProperties properties) {
        this.root = properties.dir().toAbsolutePath().normalize();
    }

    @Override
    public void put(String sha256, Rendition rendition, Path received) throws IOException {
        Path target = pathOf(sha256, rendition);
        if (Files.exists(target)) {
            Files.deleteIfExists(received);
            return;
        }
        Files.createDirectories(target.getParent());
        Path staged = Files.createTempFile(target.getParent(), ".in-", ".part");
        Files.move(received, staged, StandardCopyOption.REPLACE_EXISTING);
        settle(staged, target);
    }

    @Override
    public void put(String sha256, Rendition rendition, byte[] bytes) throws IOException {
        Path target = pathOf(sha256, rendition);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path staged = Files.createTempFile(target.getParent(), ".in-", ".part");
        Files.write(staged, bytes);
        settle(staged, target);
    }

    private static void settle(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            if (Files.exists(target)) {
                Files.deleteIfExists(staged);
            } else {
                Files.move(staged, target);
            }
        }
    }

    @Override
    public Optional<InputStream> open(String sha256, Rendition rendition) throws IOException {
        Path path = pathOf(sha256, rendition);
        return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    }

    @Override
    public long size(String sha256, Rendition rendition) throws IOException {
        Path path = pathOf(sha256, rendition);
        return Files.isRegularFile(path) ? Files.size(path) : -1;
    }

    private Path pathOf(String sha256, Rendition rendition) {
        if (!HASH.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256 + rendition.suffix);
    }
}
