package org.chenggeng.work;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.shared.xlsx.ImportRow;
import org.chenggeng.shared.xlsx.ImportSheet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.chenggeng.work.ImportColumn.BUDGET;
import static org.chenggeng.work.ImportColumn.LOCATION;
import static org.chenggeng.work.ImportColumn.PLANNED;
import static org.chenggeng.work.ImportColumn.PLANNED_END;
import static org.chenggeng.work.ImportColumn.PLANNED_START;
import static org.chenggeng.work.ImportColumn.TYPE_CODE;
import static org.chenggeng.work.ImportColumn.UNIT;

/**
 * Reads a work-item file for a project and creates its new items, each checked as {@link WorkItemService#create}
 * checks one (an active type; a planned quantity above zero in its unit's precision; budget, dates and location
 * note in shape) and audited like one. Scope, status and the transaction are the caller's.
 */
@Component
class WorkItemImport {

    private static final String ENTITY = "WORK_ITEM";

    private final WorkTypeRepository types;
    private final WorkItemRepository items;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ItemChanges itemChanges;

    WorkItemImport(WorkTypeRepository types, WorkItemRepository items, JdbcTemplate jdbc,
                   ApplicationEventPublisher events, ItemChanges itemChanges) {
        this.types = types;
        this.items = items;
        this.jdbc = jdbc;
        this.events = events;
        this.itemChanges = itemChanges;
    }

    /** A row that would become a work item. */
    record Line(int row, WorkItemData data, Unit unit, String key) {
    }

    /** What one pass over a file found: data rows, the new items, rows imported before, and every problem. */
    record Reading(int rows, List<Line> lines, int duplicates, List<ImportIssue> errors) {
    }

    Reading read(long projectId, InputStream file, DoubleConsumer progress) {
        Set<String> existing = new HashSet<>(jdbc.queryForList(
                "select import_key from work_item where project_id = ? and import_key is not null", String.class,
                projectId));
        Map<String, WorkType> byCode = types.findAll().stream()
                .collect(Collectors.toMap(WorkType::getCode, Function.identity()));
        ImportKeys keys = new ImportKeys();
        List<Line> lines = new ArrayList<>();
        List<ImportIssue> errors = new ArrayList<>();
        int[] duplicates = {0};
        ImportSheet<ImportColumn> sheet = ImportKind.WORK_ITEMS.read(file, progress, row -> {
            String code = row.required(TYPE_CODE);
            BigDecimal planned = row.decimal(PLANNED, true);
            String unit = row.text(UNIT);
            String location = row.text(LOCATION);
            BigDecimal budget = row.decimal(BUDGET, false);
            LocalDate start = row.date(PLANNED_START, false);
            LocalDate end = row.date(PLANNED_END, false);
            WorkType type = code == null ? null : type(row, code, byCode);
            if (type != null && unit != null && !sameUnit(unit, type.getUnit())) {
                row.error(UNIT, "import.error.unitMismatch", type.getCode(), MessageKey.of(type.getUnit().labelKey()));
            }
            WorkItemData data = new WorkItemData(type == null ? null : type.getId(), planned, location, budget, start, end);
            if (!row.hasErrors()) {
                try {
                    WorkItem item = new WorkItem(projectId, data, type.getUnit(), null);
                    String key = keys.next(projectId, ImportKeys.item(type.getCode(), item));
                    if (existing.contains(key)) {
                        duplicates[0]++;
                    } else {
                        lines.add(new Line(row.number(), data, type.getUnit(), key));
                    }
                } catch (DomainException e) {
                    row.error(columnOf(e), e);
                }
            }
            errors.addAll(row.issues());
        });
        List<ImportIssue> all = new ArrayList<>(sheet.headerIssues());
        all.addAll(errors);
        return new Reading(sheet.rows(), lines, duplicates[0], all);
    }

    /** Creates the items in file order, each audited as a creation. */
    void write(long projectId, List<Line> lines) {
        List<WorkItem> created = items.saveAllAndFlush(lines.stream()
                .map(l -> new WorkItem(projectId, l.data(), l.unit(), l.key())).toList());
        itemChanges.itemsCreated(projectId, created);
        created.forEach(item -> events.publishEvent(EntityChanged.created(ENTITY, item.getId(), item.snapshot())));
    }

    private static WorkType type(ImportRow<ImportColumn> row, String code, Map<String, WorkType> byCode) {
        WorkType type = byCode.get(code.toUpperCase(Locale.ROOT));
        if (type == null) {
            row.error(TYPE_CODE, "import.error.unknownType", code);
        } else if (type.isRetired()) {
            row.error(TYPE_CODE, "workItem.error.typeRetired");
            return null;
        }
        return type;
    }

    /** Whether the unit a row gives is the type's, in any of its written forms (平方米, m², m2, SQUARE_METER). */
    private static boolean sameUnit(String given, Unit unit) {
        String g = normalize(given);
        return g.equals(normalize(unit.zh())) || g.equals(normalize(unit.name()))
                || (!unit.en(false).isEmpty() && (g.equals(normalize(unit.en(false))) || g.equals(normalize(unit.en(true)))));
    }

    private static String normalize(String unit) {
        return unit.replaceAll("\\s", "").replace('²', '2').replace('³', '3').toLowerCase(Locale.ROOT);
    }

    /** The column a refusal from {@link WorkItem} is about. */
    private static ImportColumn columnOf(DomainException e) {
        return switch (e.messageKey()) {
            case "project.error.budget" -> BUDGET;
            case "project.error.plannedDates" -> PLANNED_END;
            case "error.tooLong" -> LOCATION;
            default -> PLANNED;
        };
    }
}
