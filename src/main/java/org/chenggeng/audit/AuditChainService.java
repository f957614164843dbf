package org.chenggeng.audit;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit administrator's (审计管理员) care of the log itself: checking the hash chain, and archiving the entries
 * past the retention period to a signed file. Each of these is itself an audit entry, a failed one too.
 */
@Service
@RolesAllowed(Roles.AUDIT_ADMIN)
public class AuditChainService {

    static final String VERIFY = "VERIFY";
    static final String VERIFY_ARCHIVE = "VERIFY_ARCHIVE";

    private final ChainVerifier verifier;
    private final AuditArchiver archiver;
    private final AuditRecorder recorder;
    private final AuditProperties properties;
    private final TransactionTemplate ownTransaction;

    AuditChainService(ChainVerifier verifier, AuditArchiver archiver, AuditRecorder recorder,
                      AuditProperties properties, PlatformTransactionManager transactions) {
        this.verifier = verifier;
        this.archiver = archiver;
        this.recorder = recorder;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What an archive made now would hold: the entries written more than the retention period ago. */
    public record ArchivePlan(int retentionDays, Instant before, long firstSeq, long lastSeq, long entries) {
    }

    /** An archive made: the signed file to download, and the part of the chain it holds. */
    public record ArchiveResult(Path file, String fileName, long entries, long firstSeq, long lastSeq,
                                String signature) {
    }

    /** Checks the online chain and reports its first broken link, if any; the check is recorded. */
    public ChainReport verify() {
        ChainReport report = verifier.verify();
        record(VERIFY, report);
        return report;
    }

    public ArchivePlan archivePlan() {
        AuditArchiver.Plan plan = archiver.plan();
        return new ArchivePlan(plan.retentionDays(), plan.before(), plan.firstSeq(), plan.lastSeq(), plan.entries());
    }

    /**
     * Archives the entries older than {@code chenggeng.audit.retention-days} (at least 180) to a signed file and
     * removes them from the table once the file is complete; refuses when there are none. A failure leaves every
     * entry in place and is recorded as FAILED.
     */
    public ArchiveResult archive() {
        try {
            AuditArchiver.Archive a = archiver.archive();
            return new ArchiveResult(a.file(), a.file().getFileName().toString(), a.entries(), a.firstSeq(),
                    a.lastSeq(), a.signature());
        } catch (DomainException | IllegalStateException | java.io.UncheckedIOException e) {
            ownTransaction.executeWithoutResult(status -> recorder.operation(AuditArchiver.ARCHIVE,
                    AuditArchiver.ENTITY, null, AuditResult.FAILED, null, cut(e)));
            throw e;
        }
    }

    /** Checks an archive file: its signature with the audit key and the chain inside it; the check is recorded. */
    public ChainReport verifyArchive(String fileName, byte[] file) {
        if (!properties.hasKey()) {
            throw new DomainException("audit.archive.noKey");
        }
        ChainReport report = ArchiveFormat.verify(file, properties.keyBytes());
        ownTransaction.executeWithoutResult(status -> recorder.operation(VERIFY_ARCHIVE, AuditArchiver.ENTITY,
                null, report.intact() ? AuditResult.SUCCESS : AuditResult.FAILED, state(report),
                fileName == null ? null : cut(fileName)));
        return report;
    }

    void record(String action, ChainReport report) {
        ownTransaction.executeWithoutResult(status -> recorder.operation(action, null, null,
                report.intact() ? AuditResult.SUCCESS : AuditResult.FAILED, state(report), null));
    }

    static Map<String, String> state(ChainReport report) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("intact", String.valueOf(report.intact()));
        state.put("checked", String.valueOf(report.checked()));
        state.put("firstSeq", String.valueOf(report.firstSeq()));
        state.put("lastSeq", String.valueOf(report.lastSeq()));
        if (!report.intact()) {
            state.put("brokenAt", String.valueOf(report.brokenAt()));
            state.put("problem", report.problem().name());
            state.put("expected", report.expected());
            state.put("found", report.found());
        }
        return state;
    }

    private static String cut(Object o) {
        String s = String.valueOf(o);
        return s.length() > 400 ? s.substring(0, 400) : s;
    }
}
