package org.chenggeng.evidence;

import org.chenggeng.evidence.FileStore.Rendition;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Turns a received file into a stored one: recognised by content, hashed, and, when that content is new, its
 * renditions made and everything written to the store before its row commits (in a transaction of its own, so the
 * row is there for whoever attaches the same content next). Content already stored is not processed again.
 */
@Component
class Intake {

    private final FileStore store;
    private final StoredFileRepository files;
    private final EvidenceProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Intake(FileStore store, StoredFileRepository files, EvidenceProperties properties, Clock clock,
           PlatformTransactionManager transactions) {
        this.store = store;
        this.files = files;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stores the received file (which it consumes: moved into the store or deleted) and answers its row. */
    StoredFile store(Path received) throws IOException {
        try {
            FileType type = FileTypes.detect(received);
            String sha256 = sha256(received);
            StoredFile known = ownTransaction.execute(s -> files.findBySha256(sha256).orElse(null));
            if (known != null) {
                return known;
            }
            ImageFacts facts = type.isImage() ? Images.read(received, properties.maxPixels(), clock.getZone()) : null;
            long size = Files.size(received);
            if (facts != null) {
                store.put(sha256, Rendition.THUMBNAIL, facts.thumbnail());
                store.put(sha256, Rendition.DISPLAY, facts.display());
            }
            store.put(sha256, Rendition.ORIGINAL, received);
            try {
                return ownTransaction.execute(s -> files.save(new StoredFile(sha256, size, type, facts, clock.instant())));
            } catch (DataIntegrityViolationException sameContentAtOnce) {
                return ownTransaction.execute(s -> files.findBySha256(sha256).orElseThrow(() -> sameContentAtOnce));
            }
        } finally {
            Files.deleteIfExists(received);
        }
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.newInputStream(file));
    }

    static String sha256(InputStream in) throws IOException {
        try (DigestInputStream digesting = new DigestInputStream(in, digest())) {
            digesting.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
