package org.chenggeng.audit;

import org.chenggeng.shared.CellText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The audit log as CSV (RFC 4180, UTF-8 with a BOM so that Excel reads Chinese): one row per entry in chain order,
 * every field as recorded, times in UTC, no cell that a spreadsheet would run as a formula.
 */
final class AuditCsv {

    private static final String HEADER = "seq,occurred_at_utc,actor,remote_address,category,action,result,"
            + "entity_type,entity_id,region_id,detail,before_state,after_state,prev_hash,entry_hash";

    private AuditCsv() {
    }

    record Export(byte[] bytes, int rows) {
    }

    /** Writes the pages {@code 0, 1, 2 …} that {@code page} returns until one comes back empty. */
    static Export write(IntFunction<List<AuditEntry>> page) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        int rows = 0;
        for (int n = 0; ; n++) {
            List<AuditEntry> entries = page.apply(n);
            if (entries.isEmpty()) {
                break;
            }
            for (AuditEntry e : entries) {
                Object[] cells = {e.getSeq(), AuditHash.time(e.getOccurredAt()), e.getActor(), e.getRemoteAddress(),
                        e.getCategory(), e.getAction(), e.getResult(), e.getEntityType(), e.getEntityId(),
                        e.getRegionId(), e.getDetail(), e.getBeforeState(), e.getAfterState(), e.getPrevHash(),
                        e.getHash()};
                for (int i = 0; i < cells.length; i++) {
                    out.append(i == 0 ? "" : ",").append(cell(cells[i]));
                }
                out.append("\r\n");
                rows++;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return new Export(bytes.toByteArray(), rows);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = CellText.neutralised(value.toString());
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
