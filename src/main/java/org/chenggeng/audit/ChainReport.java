package org.chenggeng.audit;

/**
 * What a check of the chain (online, or an archive file) found: intact over {@code checked} entries from
 * {@code firstSeq} to {@code lastSeq}, or broken first at entry {@code brokenAt} by {@code problem}, with what was
 * expected there and what was found.
 */
public record ChainReport(boolean intact, long checked, long firstSeq, long lastSeq, Long brokenAt, Problem problem,
                          String expected, String found) {

    /** The ways a link can break. */
    public enum Problem {
        /** An entry is missing: the next entry has a later sequence than expected (or none follows). */
        GAP,
        /** The entry does not name the previous entry's hash as its previous hash. */
        PREVIOUS_HASH,
        /** The entry's stored fields no longer give its stored hash: something in it was changed. */
        HASH,
        /** The chain head names a different last entry than the chain ends with. */
        HEAD,
        /** The archived part recorded in the head differs from what the last archive entry records. */
        ARCHIVE,
        /** An archive file's signature does not match its contents (or the file is not an archive). */
        SIGNATURE
    }

    static ChainReport intact(long checked, long firstSeq, long lastSeq) {
        return new ChainReport(true, checked, firstSeq, lastSeq, null, null, null, null);
    }

    static ChainReport broken(long checked, long firstSeq, long lastSeq, long at, Problem problem, String expected,
                              String found) {
        return new ChainReport(false, checked, firstSeq, lastSeq, at, problem, expected, found);
    }

    /** The report in one line of English, for the command line and the audit entry of a check. */
    public String summary() {
        if (intact) {
            return "audit chain intact: " + checked + " entries, #" + firstSeq + "–#" + lastSeq;
        }
        return "audit chain broken at entry #" + brokenAt + ": " + problem + " (expected " + expected + ", found "
                + found + "); " + checked + " entries before it intact";
    }
}
