package org.chenggeng.audit;

import org.chenggeng.audit.ChainReport.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * Checks the online chain from where the archived part ends (the head's archived sequence and hash) to the head's
 * last entry, and that the newest archive entry records the same end of the archived part as the head does. No
 * role check: the audit administrator's {@link AuditChainService#verify()} and the command line use it.
 */
@Component
class ChainVerifier {

    private static final int BATCH = 1000;

    private final AuditChain chain;
    private final StoredEntries stored;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ChainVerifier(AuditChain chain, StoredEntries stored, JdbcClient jdbc) {
        this.chain = chain;
        this.stored = stored;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainReport verify() {
        AuditChain.Head head = chain.head();
        ChainWalk walk = new ChainWalk(head.archivedSeq(), head.archivedHash());
        for (long from = head.archivedSeq(); from < head.lastSeq(); from += BATCH) {
            for (StoredEntries.Stored entry : stored.between(from, Math.min(from + BATCH, head.lastSeq()))) {
                if (!walk.accept(entry.fields(), entry.hash())) {
                    return walk.report();
                }
            }
        }
        ChainReport report = walk.end(head.lastSeq(), head.lastHash());
        if (!report.intact() || head.archivedSeq() == 0) {
            return report;
        }
        Optional<JsonNode> archive = lastArchive();
        String recorded = archive.map(a -> "#" + a.path("lastSeq").asString() + " " + a.path("lastHash").asString())
                .orElse("—");
        String inHead = "#" + head.archivedSeq() + " " + head.archivedHash();
        return recorded.equals(inHead) ? report : walk.breakAt(head.archivedSeq(), Problem.ARCHIVE, recorded, inHead);
    }

    private Optional<JsonNode> lastArchive() {
        List<String> states = jdbc.sql("select after_state from audit_entry where seq = (select max(seq) from"
                        + " audit_entry where category = ? and action = ?)")
                .params(AuditRecorder.AUDIT, AuditArchiver.ARCHIVE).query(String.class).list();
        return states.stream().findFirst().map(json::readTree);
    }
}
