package org.chenggeng.work;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.shared.xlsx.ImportRow;
import org.chenggeng.shared.xlsx.ImportSheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.chenggeng.work.ImportColumn.LOCATION;
import static org.chenggeng.work.ImportColumn.NOTE;
import static org.chenggeng.work.ImportColumn.QUANTITY;
import static org.chenggeng.work.ImportColumn.TYPE_CODE;
import static org.chenggeng.work.ImportColumn.WORK_DATE;

/**
 * Reads a progress file against a project's work items. Each row is checked as {@link ProgressService#log} checks
 * an entry (date not in the future, not before the start, not in a locked month, the other modules' rules; quantity
 * positive and shaped for its unit), except that passing the plan is allowed (and flagged when written, by {@link ProgressWriter}). Scope,
 * status and the transaction are the caller's ({@link WorkImportService}).
 */
@Component
class ProgressImport {

    private final WorkTypeRepository types;
    private final PeriodLockService locks;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<ProgressGuard> guards;

    ProgressImport(WorkTypeRepository types, PeriodLockService locks, JdbcTemplate jdbc, Clock clock,
                   List<ProgressGuard> guards) {
        this.guards = guards;
        this.types = types;
        this.locks = locks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A row that would be added to an item's ledger. */
    record Line(int row, WorkItem item, String code, Unit unit, LocalDate date, BigDecimal quantity, String note,
                String key) {
    }

    /** What one pass over a file found: data rows, the new rows, rows imported before, and every problem. */
    record Reading(int rows, List<Line> lines, int duplicates, List<ImportIssue> errors) {
    }

    /** The same, for a pass that handed its new rows on as it read them. */
    record Scan(int rows, int duplicates, List<ImportIssue> errors) {
    }

    /** What the rows of a file are checked against, looked up once in the caller's transaction. */
    record Context(ProjectAccess.WorkAccess project, Set<String> existing, Map<String, WorkType> byCode,
                   Map<Long, List<WorkItem>> byType, Map<Long, List<WorkItem>> openByType, LocalDate today,
                   List<ProgressGuard.Gate> gates) {
    }

    Context context(ProjectAccess.WorkAccess project, List<WorkItem> items) {
        return new Context(project, existingKeys(project.id()), types.findAll().stream()
                .collect(Collectors.toMap(WorkType::getCode, Function.identity())),
                items.stream().collect(Collectors.groupingBy(WorkItem::getWorkTypeId)),
                items.stream().filter(i -> !i.isRetired()).collect(Collectors.groupingBy(WorkItem::getWorkTypeId)),
                LocalDate.now(clock), guards.stream().map(g -> g.gate(project.id())).toList());
    }

    /** Reads and checks the whole file, collecting the rows it would add. */
    Reading read(ProjectAccess.WorkAccess project, List<WorkItem> items, InputStream file, DoubleConsumer progress) {
        List<Line> lines = new ArrayList<>();
        Scan scan = scan(context(project, items), file, progress, lines::add);
        return new Reading(scan.rows(), lines, scan.duplicates(), scan.errors());
    }

    /**
     * One pass over the file: every row checked, its key computed, rows imported before counted, and each good new
     * row handed to {@code sink} as soon as it is read. Safe to run off the caller's thread: it only reads the
     * items' identity, type and location, and looks month locks up in transactions of its own.
     */
    Scan scan(Context c, InputStream file, DoubleConsumer progress, Consumer<Line> sink) {
        Map<YearMonth, Boolean> locked = new HashMap<>();
        ImportKeys keys = new ImportKeys();
        List<ImportIssue> errors = new ArrayList<>();
        int[] duplicates = {0};
        ImportSheet<ImportColumn> sheet = ImportKind.PROGRESS.read(file, progress, row -> {
            String code = row.required(TYPE_CODE);
            LocalDate date = row.date(WORK_DATE, true);
            BigDecimal quantity = row.decimal(QUANTITY, true);
            String note = row.text(NOTE);
            if (note != null && note.length() > 500) {
                row.error(NOTE, "error.tooLong", 500);
            }
            WorkType type = code == null ? null : type(row, code, c.byCode());
            WorkItem item = type == null ? null : item(row, type, row.text(LOCATION), c.byType(), c.openByType());
            if (item != null && quantity != null) {
                try {
                    quantity = Quantities.positive(quantity, type.getUnit());
                } catch (DomainException e) {
                    row.error(QUANTITY, e);
                }
            }
            if (!row.hasErrors()) {
                String key = keys.next(item.getId(), ImportKeys.content(type.getCode(), date, quantity.toPlainString(), note));
                if (c.existing().contains(item.getId() + ":" + key)) {
                    duplicates[0]++;
                    return;
                }
                checkDate(row, date, c.project(), c.today(), locked);
                for (ProgressGuard.Gate gate : c.gates()) {
                    if (!row.hasErrors()) {
                        gate.refusal(item.getId(), item.getWorkTypeId(), date).ifPresent(e -> row.error(WORK_DATE, e));
                    }
                }
                if (!row.hasErrors()) {
                    sink.accept(new Line(row.number(), item, type.getCode(), type.getUnit(), date, quantity, note, key));
                }
            }
            errors.addAll(row.issues());
        });
        List<ImportIssue> all = new ArrayList<>(sheet.headerIssues());
        all.addAll(errors);
        return new Scan(sheet.rows(), duplicates[0], all);
    }

    /** One warning per item the new rows would take past its plan, at the first row that does. */
    List<ImportIssue> overPlan(List<Line> lines) {
        Map<WorkItem, BigDecimal> totals = new LinkedHashMap<>();
        Map<WorkItem, int[]> firstAndCount = new HashMap<>();
        for (Line line : lines) {
            BigDecimal total = totals.getOrDefault(line.item(), line.item().getCompletedQuantity()).add(line.quantity());
            totals.put(line.item(), total);
            if (total.compareTo(line.item().getPlannedQuantity()) > 0) {
                firstAndCount.computeIfAbsent(line.item(), i -> new int[]{line.row(), 0})[1]++;
            }
        }
        Map<WorkItem, String> codes = new HashMap<>();
        lines.forEach(l -> codes.putIfAbsent(l.item(), l.code()));
        return firstAndCount.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> a[0] - b[0]))
                .map(e -> ImportIssue.of(e.getValue()[0], QUANTITY.header(), "import.warning.overPlan",
                        codes.get(e.getKey()), plain(e.getKey().getPlannedQuantity()), plain(totals.get(e.getKey())),
                        e.getValue()[1]))
                .toList();
    }

    private static WorkType type(ImportRow<ImportColumn> row, String code, Map<String, WorkType> byCode) {
        WorkType type = byCode.get(code.toUpperCase(Locale.ROOT));
        if (type == null) {
            row.error(TYPE_CODE, "import.error.unknownType", code);
        }
        return type;
    }

    /** The project's item of this type; where there are several, the one whose location note the row names. */
    private static WorkItem item(ImportRow<ImportColumn> row, WorkType type, String location,
                                 Map<Long, List<WorkItem>> byType, Map<Long, List<WorkItem>> openByType) {
        List<WorkItem> open = openByType.getOrDefault(type.getId(), List.of());
        if (open.isEmpty()) {
            if (!byType.containsKey(type.getId())) {
                row.error(TYPE_CODE, "import.error.noSuchItem", type.getCode());
            } else {
                row.error(TYPE_CODE, "workItem.error.retired");
            }
            return null;
        }
        if (open.size() == 1) {
            return open.getFirst();
        }
        if (location == null) {
            row.error(LOCATION, "import.error.ambiguousItem", type.getCode(), open.size());
            return null;
        }
        List<WorkItem> at = open.stream().filter(i -> location.equals(i.getLocationNote())).toList();
        if (at.size() != 1) {
            row.error(LOCATION, "import.error.noItemAtLocation", type.getCode(), location);
            return null;
        }
        return at.getFirst();
    }

    /** The date rules of {@link ProgressService#checkDate}, with each month's lock looked up once per file. */
    private void checkDate(ImportRow<ImportColumn> row, LocalDate date, ProjectAccess.WorkAccess project,
                           LocalDate today, Map<YearMonth, Boolean> locked) {
        YearMonth month = YearMonth.from(date);
        if (date.isAfter(today)) {
            row.error(WORK_DATE, "error.dateInFuture");
        } else if (project.actualStart() != null && date.isBefore(project.actualStart())) {
            row.error(WORK_DATE, "progress.error.beforeStart", project.actualStart().toString());
        } else if (locked.computeIfAbsent(month, m -> locks.isLocked(project.communityIds(), m))) {
            row.error(WORK_DATE, "progress.error.monthLocked", month.toString());
        }
    }

    private Set<String> existingKeys(long projectId) {
        Set<String> keys = new HashSet<>();
        jdbc.query("select e.work_item_id, e.import_key from progress_entry e join work_item w on w.id = e.work_item_id"
                + " where w.project_id = ? and e.import_key is not null",
                rs -> {
                    keys.add(rs.getLong(1) + ":" + rs.getString(2));
                }, projectId);
        return keys;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
