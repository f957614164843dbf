package org.chenggeng.work;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.DoubleConsumer;

/**
 * Writes a progress file's new rows while it is still being read: a thread of its own reads and checks the file
 * ({@link ProgressImport#scan}) and hands over batches of good rows, which the caller's thread, in the caller's
 * transaction, counts on their (locked) work items through {@link WorkItem#log} and inserts with one JDBC batch
 * each. Reading and writing overlap, which matters for 100 000 rows. If any row is bad, the rows written so far are
 * rolled back with the caller's transaction, so the import is still all or nothing.
 */
@Component
class ProgressWriter {

    private static final String INSERT = "insert into progress_entry (work_item_id, work_date, quantity, note, "
            + "over_plan, recorded_by, recorded_at, import_key) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 5000;

    private final ProgressImport reader;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ItemChanges itemChanges;

    ProgressWriter(ProgressImport reader, JdbcTemplate jdbc, Clock clock, ItemChanges itemChanges) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.clock = clock;
        this.itemChanges = itemChanges;
    }

    /** What an import read and wrote; {@code errors} not empty means the caller must roll back. */
    record Written(int rows, int imported, int duplicates, int overPlan, List<ImportIssue> errors) {
    }

    Written importFile(ProjectAccess.WorkAccess project, List<WorkItem> items, InputStream file,
                       DoubleConsumer progress, String who) {
        ProgressImport.Context context = reader.context(project, items);
        BlockingQueue<Object> handover = new ArrayBlockingQueue<>(4);
        Thread reading = Thread.ofPlatform().name("progress-import-" + project.id()).daemon().start(() -> {
            Object outcome;
            try {
                List<ProgressImport.Line> batch = new ArrayList<>(BATCH);
                ProgressImport.Scan scan = reader.scan(context, file, progress, line -> {
                    batch.add(line);
                    if (batch.size() == BATCH) {
                        put(handover, List.copyOf(batch));
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) {
                    put(handover, List.copyOf(batch));
                }
                outcome = scan;
            } catch (Abandoned e) {
                return;
            } catch (RuntimeException | Error e) {
                outcome = e;
            }
            try {
                put(handover, outcome);
            } catch (Abandoned e) {
                // the writing side has given up already
            }
        });
        try {
            Instant now = clock.instant();
            int imported = 0;
            int overPlan = 0;
            while (true) {
                Object next = handover.take();
                if (next instanceof List<?> batch) {
                    @SuppressWarnings("unchecked")
                    List<ProgressImport.Line> lines = (List<ProgressImport.Line>) batch;
                    overPlan += insert(lines, who, now);
                    imported += lines.size();
                } else if (next instanceof ProgressImport.Scan scan) {
                    return new Written(scan.rows(), imported, scan.duplicates(), overPlan, scan.errors());
                } else if (next instanceof RuntimeException e) {
                    throw e;
                } else {
                    throw (Error) next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } finally {
            reading.interrupt();
        }
    }

    /** Counts the lines on their items and inserts them; returns how many passed their item's plan. */
    private int insert(List<ProgressImport.Line> lines, String who, Instant now) {
        Map<Long, ItemState> before = new TreeMap<>();
        Map<Long, SortedMap<Integer, java.math.BigDecimal>> added = new TreeMap<>();
        Map<Long, WorkItem> touched = new TreeMap<>();
        for (ProgressImport.Line l : lines) {
            before.computeIfAbsent(l.item().getId(), id -> itemChanges.state(l.item()));
            touched.put(l.item().getId(), l.item());
        }
        List<Logged> logged = new ArrayList<>(lines.size());
        for (ProgressImport.Line l : lines) {
            added.computeIfAbsent(l.item().getId(), id -> new TreeMap<>())
                    .merge(MonthIndex.index(l.date()), l.quantity(), BigDecimal::add);
            logged.add(new Logged(l.item().log(l.date(), l.quantity(), l.note(), l.unit(), true, who, now, l.key()),
                    l.key()));
        }
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        Timestamp recordedAt = Timestamp.from(now);
        jdbc.batchUpdate(INSERT, logged, BATCH, (ps, l) -> {
            ProgressEntry e = l.entry();
            ps.setLong(1, e.getWorkItemId());
            ps.setObject(2, e.getWorkDate());
            ps.setBigDecimal(3, e.getQuantity());
            ps.setString(4, e.getNote());
            ps.setBoolean(5, e.isOverPlan());
            ps.setString(6, e.getRecordedBy());
            ps.setTimestamp(7, recordedAt, utc);
            ps.setString(8, l.key());
        });
        if (!touched.isEmpty()) {
            itemChanges.entriesAdded(touched.values().iterator().next().getProjectId(), touched.values().stream()
                    .map(i -> new ItemChanges.Added(before.get(i.getId()), i, added.get(i.getId()))).toList());
        }
        return (int) logged.stream().filter(l -> l.entry().isOverPlan()).count();
    }

    private record Logged(ProgressEntry entry, String key) {
    }

    /** Hands over to the writing thread; stops the reading if the writing side has given up. */
    private static void put(BlockingQueue<Object> handover, Object item) {
        try {
            handover.put(item);
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }

    /** The writing side failed or was interrupted: nobody will take what is read any more. */
    private static final class Abandoned extends RuntimeException {

        Abandoned() {
            super(null, null, false, false);
        }
    }
}
