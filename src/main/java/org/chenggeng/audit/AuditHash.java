package org.chenggeng.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical encoding of an audit entry and its SHA-256 (decision record 0029): the text
 * {@code chenggeng-audit-v1}, then for each field in {@link Fields}' order a line feed and either {@code -} (no
 * value) or the value's length in UTF-8 bytes, a colon and the value. Lengths make the encoding unambiguous
 * whatever a value contains; times are UTC with exactly six fraction digits, as {@code datetime(6)} keeps them.
 */
final class AuditHash {

    /** The previous hash of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** Every hashed field of an entry, in the order the encoding takes them. */
    record Fields(long seq, Instant occurredAt, String actor, String category, String action, String result,
                  String entityType, String entityId, Long regionId, String remoteAddress, String detail,
                  String beforeState, String afterState, String prevHash) {
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    /**
     * The instant of a new entry as every database and driver keeps it: to the second. (MySQL Connector/J drops
     * fractional seconds against MariaDB, which it takes for MySQL 5.5, so a finer time would be hashed otherwise
     * than stored.) Older entries keep the fractions they were stored with, and are hashed with them.
     */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    static String encode(Fields f) {
        StringBuilder out = new StringBuilder("chenggeng-audit-v1");
        for (String value : new String[]{String.valueOf(f.seq()), time(f.occurredAt()), f.actor(), f.category(),
                f.action(), f.result(), f.entityType(), f.entityId(),
                f.regionId() == null ? null : String.valueOf(f.regionId()), f.remoteAddress(), f.detail(),
                f.beforeState(), f.afterState(), f.prevHash()}) {
            out.append('\n');
            if (value == null) {
                out.append('-');
            } else {
                out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
            }
        }
        return out.toString();
    }

    static String of(Fields f) {
        return sha256(encode(f).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
