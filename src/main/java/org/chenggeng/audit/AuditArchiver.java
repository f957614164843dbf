package org.chenggeng.audit;

import org.chenggeng.shared.DomainException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves the entries older than the retention period out of the table into a signed archive file: with the chain
 * head locked, it writes and checks the archived part of the chain entry by entry, makes the file durable, and only
 * then deletes those entries and records in the head (and in an ARCHIVE entry) where the archived part ends, so that
 * the online chain is verifiable from there. The one place entries are deleted; reached only through
 * {@link AuditChainService#archive()}.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class AuditArchiver {

    static final String ARCHIVE = "ARCHIVE";
    static final String ENTITY = "AUDIT_ARCHIVE";
    private static final int BATCH = 1000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AuditChain chain;
    private final StoredEntries stored;
    private final AuditRecorder recorder;
    private final AuditProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditArchiver(AuditChain chain, StoredEntries stored, AuditRecorder recorder, AuditProperties properties,
                  JdbcClient jdbc, Clock clock) {
        this.chain = chain;
        this.stored = stored;
        this.recorder = recorder;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an archive made now would take: entries written before {@code before}, #first to #last. */
    record Plan(int retentionDays, Instant before, long firstSeq, long lastSeq) {

        public long entries() {
            return Math.max(0, lastSeq - firstSeq + 1);
        }
    }

    /** An archive written: its file (kept in the archive directory), what it holds, and its signature. */
    record Archive(Path file, long entries, long firstSeq, long lastSeq, String lastHash, String signature) {
    }

    @Transactional(readOnly = true)
    Plan plan() {
        return plan(chain.head());
    }

    private Plan plan(AuditChain.Head head) {
        Instant before = clock.instant().minus(properties.retentionDays(), ChronoUnit.DAYS);
        long last = stored.firstSeqAtOrAfter(before).map(seq -> seq - 1).orElse(head.lastSeq());
        return new Plan(properties.retentionDays(), before, head.archivedSeq() + 1, Math.max(last, head.archivedSeq()));
    }

    @Transactional
    Archive archive() {
        if (!properties.hasKey()) {
            throw new DomainException("audit.archive.noKey");
        }
        AuditChain.Head head = chain.lockHead();
        Plan plan = plan(head);
        if (plan.entries() == 0) {
            throw new DomainException("audit.archive.nothing", plan.retentionDays());
        }
        Path dir = properties.archiveDir();
        String name = "audit-archive-" + plan.firstSeq() + "-" + plan.lastSeq() + "-" + STAMP.format(clock.instant())
                + ".jsonl";
        Path file = dir.resolve(name);
        Path partial = dir.resolve(name + ".part");
        ChainWalk walk = new ChainWalk(head.archivedSeq(), head.archivedHash());
        String signature;
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel);
                 ArchiveFormat.Writer writer = new ArchiveFormat.Writer(out, properties.keyBytes(),
                         header(plan, head))) {
                for (long from = head.archivedSeq(); from < plan.lastSeq(); from += BATCH) {
                    for (StoredEntries.Stored entry : stored.between(from, Math.min(from + BATCH, plan.lastSeq()))) {
                        if (!walk.accept(entry.fields(), entry.hash())) {
                            throw new DomainException("audit.archive.broken", walk.report().brokenAt());
                        }
                        writer.entry(entry);
                    }
                }
                ChainReport segment = walk.end(plan.lastSeq(), walk.lastHash());
                if (!segment.intact()) {
                    throw new DomainException("audit.archive.broken", segment.brokenAt());
                }
                signature = writer.sign();
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a partial file left behind says nothing and is overwritten by no one
            }
        }
        int removed = jdbc.sql("delete from audit_entry where seq > ? and seq <= ?")
                .params(head.archivedSeq(), plan.lastSeq()).update();
        if (removed != plan.entries()) {
            throw new IllegalStateException("archived " + plan.entries() + " audit entries but found " + removed);
        }
        chain.archivedThrough(plan.lastSeq(), walk.lastHash());
        Map<String, String> state = new LinkedHashMap<>();
        state.put("firstSeq", String.valueOf(plan.firstSeq()));
        state.put("lastSeq", String.valueOf(plan.lastSeq()));
        state.put("prevHash", head.archivedHash());
        state.put("lastHash", walk.lastHash());
        state.put("entries", String.valueOf(plan.entries()));
        state.put("before", AuditHash.time(plan.before()));
        state.put("file", name);
        state.put("signature", signature);
        recorder.operation(ARCHIVE, ENTITY, String.valueOf(plan.lastSeq()), AuditResult.SUCCESS, state, name);
        return new Archive(file, plan.entries(), plan.firstSeq(), plan.lastSeq(), walk.lastHash(), signature);
    }

    private Map<String, Object> header(Plan plan, AuditChain.Head head) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("firstSeq", plan.firstSeq());
        header.put("lastSeq", plan.lastSeq());
        header.put("prevHash", head.archivedHash());
        header.put("lastHash", lastHash(plan.lastSeq()));
        header.put("entries", plan.entries());
        header.put("before", AuditHash.time(plan.before()));
        header.put("createdAt", AuditHash.time(AuditHash.stored(clock.instant())));
        return header;
    }

    private String lastHash(long seq) {
        return stored.between(seq - 1, seq).stream().findFirst().map(StoredEntries.Stored::hash).orElse("—");
    }
}
