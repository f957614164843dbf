package org.chenggeng.funding;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.shared.xlsx.ImportRow;
import org.chenggeng.shared.xlsx.ImportSheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;

import static org.chenggeng.funding.InvestmentColumn.AMOUNT;
import static org.chenggeng.funding.InvestmentColumn.MONTH;
import static org.chenggeng.funding.InvestmentColumn.NOTE;
import static org.chenggeng.funding.InvestmentColumn.SOURCE;

/**
 * Reads an investment file against a project's ledger. Each row is checked as {@link InvestmentLedger#record} checks
 * an entry (a source the ledger takes; a month from 2000 to 2100, not in the future, not locked for the project's
 * communities; an amount above zero in yuan with at most two decimals), and the month must lie within the project's
 * planned dates. A row is identified by its natural key, the source and the month (decision 0004's import key, here of
 * those two): a file names each source and month once; a row imported before with the same amount and note is skipped,
 * one whose amount or note differ is an error (a correction is made in the ledger, decision 0007's rule). Scope,
 * status and the transaction are the caller's ({@link InvestmentImportService}).
 */
@Component
class InvestmentImport {

    private final JdbcTemplate jdbc;
    private final FundingAccess access;
    private final Clock clock;

    InvestmentImport(JdbcTemplate jdbc, FundingAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** The months a project's ledger takes from a file: from its planned start to its planned (or actual) end. */
    record Window(YearMonth first, YearMonth last) {

        boolean contains(YearMonth month) {
            return (first == null || !month.isBefore(first)) && (last == null || !month.isAfter(last));
        }
    }

    /** A line imported before: its amount and note as they were imported. */
    private record Imported(BigDecimal amount, String note) {
    }

    /** What one pass over a file found: data rows, the new lines, rows imported before, problems and warnings. */
    record Reading(int rows, List<InvestmentEntry> lines, int alreadyImported, List<ImportIssue> errors,
                   List<ImportIssue> warnings) {
    }

    Reading read(FundingAccess.Target target, Window window, List<FundingSource> sources, InputStream file,
                 DoubleConsumer progress) {
        long projectId = target.project().id();
        Map<String, FundingSource> byName = new HashMap<>();
        sources.forEach(s -> {
            byName.putIfAbsent(normalize(s.getCode()), s);
            byName.putIfAbsent(normalize(s.row().nameZh()), s);
            byName.putIfAbsent(normalize(s.row().nameEn()), s);
        });
        Map<String, Imported> imported = new HashMap<>();
        Map<String, BigDecimal> onScreen = new HashMap<>();
        jdbc.query("select import_key, amount, note, source_id, entry_month from investment_entry where project_id = ?",
                rs -> {
                    if (rs.getString(1) != null) {
                        imported.put(rs.getString(1), new Imported(rs.getBigDecimal(2), rs.getString(3)));
                    } else {
                        onScreen.merge(rs.getLong(4) + ":" + rs.getInt(5), rs.getBigDecimal(2), BigDecimal::add);
                    }
                }, projectId);
        Map<YearMonth, Boolean> locked = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        YearMonth now = YearMonth.now(clock);
        Instant at = clock.instant();
        String who = target.actor().username();
        List<InvestmentEntry> lines = new ArrayList<>();
        List<ImportIssue> errors = new ArrayList<>();
        List<ImportIssue> warnings = new ArrayList<>();
        int[] skipped = {0};
        ImportSheet<InvestmentColumn> sheet = ImportSheet.read(List.of(InvestmentColumn.values()),
                InvestmentColumn::required, InvestmentImportService.MAX_ROWS, file, progress, row -> {
                    YearMonth month = row.month(MONTH, true);
                    String sourceText = row.required(SOURCE);
                    BigDecimal amount = row.decimal(AMOUNT, true);
                    String note = row.text(NOTE);
                    FundingSource source = sourceText == null ? null : source(row, sourceText, byName);
                    InvestmentEntry entry = null;
                    if (amount != null) {
                        try {
                            entry = InvestmentEntry.spent(projectId, source == null ? 0 : source.getId(),
                                    month == null ? now : month, amount, note, who, at, null);
                        } catch (DomainException e) {
                            row.error("error.tooLong".equals(e.messageKey()) ? NOTE : AMOUNT, e);
                        }
                    }
                    if (row.hasErrors() && month != null) {
                        checkMonth(row, month, now, window, locked, target);
                    } else if (!row.hasErrors()) {
                        String key = key(source.getCode(), month);
                        Integer first = seen.putIfAbsent(key, row.number());
                        Imported before = imported.get(key);
                        if (first != null) {
                            row.error(MONTH, "investmentImport.error.duplicate", month.toString(), sourceText,
                                    first);
                        } else if (before != null && before.amount().compareTo(entry.getAmount()) == 0
                                && Objects.equals(before.note(), entry.getNote())) {
                            skipped[0]++;
                            return;
                        } else if (before != null) {
                            row.error(AMOUNT, "investmentImport.error.changed", month.toString(), sourceText,
                                    before.amount().toPlainString());
                        } else {
                            checkMonth(row, month, now, window, locked, target);
                        }
                    }
                    if (!row.hasErrors()) {
                        lines.add(InvestmentEntry.spent(projectId, source.getId(), month, amount, note, who, at,
                                key(source.getCode(), month)));
                        BigDecimal recorded = onScreen.get(source.getId() + ":" + InvestmentEntry.key(month));
                        if (recorded != null && recorded.signum() != 0) {
                            warnings.add(ImportIssue.of(row.number(), row.name(MONTH),
                                    "investmentImport.warning.alreadyRecorded", month.toString(), sourceText,
                                    recorded.toPlainString()));
                        }
                    }
                    errors.addAll(row.issues());
                });
        List<ImportIssue> all = new ArrayList<>(sheet.headerIssues());
        all.addAll(errors);
        return new Reading(sheet.rows(), lines, skipped[0], all, warnings);
    }

    /** The month rules of {@link FundingAccess#ledger}, each month's lock looked up once, and the planned dates. */
    private void checkMonth(ImportRow<InvestmentColumn> row, YearMonth month, YearMonth now, Window window,
                            Map<YearMonth, Boolean> locked, FundingAccess.Target target) {
        if (month.getYear() < 2000 || month.getYear() > 2100) {
            row.error(MONTH, "funding.error.monthRange", month.toString());
        } else if (month.isAfter(now)) {
            row.error(MONTH, "funding.error.futureMonth", month.toString());
        } else if (!window.contains(month)) {
            row.error(MONTH, "investmentImport.error.outsidePlan", month.toString(),
                    window.first() == null ? "—" : window.first().toString(),
                    window.last() == null ? "—" : window.last().toString());
        } else if (locked.computeIfAbsent(month, m -> access.isLocked(target, m))) {
            row.error(MONTH, "funding.error.monthLocked", month.toString());
        }
    }

    private static FundingSource source(ImportRow<InvestmentColumn> row, String text, Map<String, FundingSource> byName) {
        FundingSource source = byName.get(normalize(text));
        if (source == null) {
            row.error(SOURCE, "investmentImport.error.unknownSource", text);
        } else if (source.isRetired()) {
            row.error(SOURCE, "funding.error.retiredSource", source.getCode());
            return null;
        }
        return source;
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }

    /** The natural key of a line: SHA-256 (hex) of its source's code and its month. */
    static String key(String sourceCode, YearMonth month) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("investment\u0000" + sourceCode + "\u0000"
                    + InvestmentEntry.key(month)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
