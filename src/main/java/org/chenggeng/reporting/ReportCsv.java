package org.chenggeng.reporting;

import org.chenggeng.shared.CellText;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The quantities table as CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks
 * quoted), in UTF-8 with a byte-order mark so that Excel opens the Chinese correctly. Numbers are plain (no grouping,
 * a decimal point) so that any spreadsheet reads them as numbers; subtotal rows are left out, a sum is one click.
 * Text that a spreadsheet would take for a formula is neutralised ({@link CellText}).
 */
final class ReportCsv {

    private static final String BOM = "\uFEFF";

    private ReportCsv() {
    }

    static void write(ReportContent content, OutputStream to) {
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(to, StandardCharsets.UTF_8));
            out.append(BOM);
            ReportContent.Table table = content.quantities().table();
            line(out, table.header());
            for (ReportContent.Row r : table.rows()) {
                if (!r.subtotal()) {
                    line(out, r.cells());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                : value instanceof Number ? value.toString() : CellText.neutralised(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
