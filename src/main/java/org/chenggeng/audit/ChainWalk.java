package org.chenggeng.audit;

import org.chenggeng.audit.ChainReport.Problem;

/**
 * Follows a chain entry by entry from a known start (the last archived entry, or an archive's own start) and stops
 * at the first broken link: a missing sequence number, a previous hash that is not the previous entry's hash, or
 * an entry whose fields no longer give its hash.
 */
final class ChainWalk {

    private final long startSeq;
    private long expectedSeq;
    private String previous;
    private long checked;
    private ChainReport broken;

    ChainWalk(long afterSeq, String afterHash) {
        this.startSeq = afterSeq + 1;
        this.expectedSeq = afterSeq + 1;
        this.previous = afterHash;
    }

    /** Takes the next entry; false once a link is broken (then {@link #report()} says where). */
    boolean accept(AuditHash.Fields entry, String storedHash) {
        if (broken != null) {
            return false;
        }
        if (entry.seq() != expectedSeq) {
            return fail(expectedSeq, Problem.GAP, "#" + expectedSeq, "#" + entry.seq());
        }
        if (!previous.equals(entry.prevHash())) {
            return fail(entry.seq(), Problem.PREVIOUS_HASH, previous, entry.prevHash());
        }
        String computed = AuditHash.of(entry);
        if (!computed.equals(storedHash)) {
            return fail(entry.seq(), Problem.HASH, storedHash, computed);
        }
        previous = storedHash;
        expectedSeq++;
        checked++;
        return true;
    }

    /** The report once every entry has been taken, the chain expected to end at {@code lastSeq} with {@code lastHash}. */
    ChainReport end(long lastSeq, String lastHash) {
        if (broken != null) {
            return broken;
        }
        if (expectedSeq - 1 < lastSeq) {
            return report(expectedSeq, Problem.GAP, "#" + expectedSeq, "—");
        }
        if (expectedSeq - 1 > lastSeq || !previous.equals(lastHash)) {
            return report(lastSeq, Problem.HEAD, "#" + lastSeq + " " + lastHash, "#" + (expectedSeq - 1) + " " + previous);
        }
        return ChainReport.intact(checked, startSeq, expectedSeq - 1);
    }

    /** A break found outside the links themselves (a head or an archive record that disagrees). */
    ChainReport breakAt(long at, Problem problem, String expected, String found) {
        broken = report(at, problem, expected, found);
        return broken;
    }

    ChainReport report() {
        return broken;
    }

    long lastSeq() {
        return expectedSeq - 1;
    }

    String lastHash() {
        return previous;
    }

    private boolean fail(long at, Problem problem, String expected, String found) {
        broken = report(at, problem, expected, found);
        return false;
    }

    private ChainReport report(long at, Problem problem, String expected, String found) {
        return ChainReport.broken(checked, startSeq, expectedSeq - 1, at, problem, expected, found);
    }
}
