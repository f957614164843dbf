package org.chenggeng.work;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The import key of a row: the SHA-256 (hex) of its normalized content and of how many identical rows came before
 * it in the same file and scope. Two identical rows of one file get different keys and both import; importing the
 * file again gives the same keys, which the unique constraints on {@code import_key} and the duplicate check skip.
 */
final class ImportKeys {

    private final Map<String, Integer> occurrences = new HashMap<>();
    private final MessageDigest sha256;

    ImportKeys() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of the next row with this content within {@code scope} (a work item, or the project). */
    String next(Object scope, String content) {
        int before = occurrences.merge(scope + "\u0001" + content, 1, Integer::sum) - 1;
        byte[] digest = sha256.digest((content + "\u0000" + before).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** What identifies a planned work item within its project: its type, plan, location, budget and dates. */
    static String item(String typeCode, WorkItem item) {
        return content(typeCode, item.getPlannedQuantity().toPlainString(), item.getLocationNote(),
                item.getBudget() == null ? null : item.getBudget().stripTrailingZeros().toPlainString(),
                item.getPlannedStart(), item.getPlannedEnd());
    }

    /** Fields joined so that no two different rows read the same: each value prefixed by its length (-1 when absent). */
    static String content(Object... fields) {
        StringBuilder s = new StringBuilder();
        for (Object f : fields) {
            String v = f == null ? null : f.toString();
            s.append(v == null ? -1 : v.length()).append(':').append(v == null ? "" : v);
        }
        return s.toString();
    }
}
