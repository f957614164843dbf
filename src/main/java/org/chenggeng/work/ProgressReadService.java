package org.chenggeng.work;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Read models for the project progress screen: items with their completion, the project's, and month by month. */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgressReadService {

    private final WorkItemRepository items;
    private final ProgressEntryRepository entries;
    private final WorkItemService itemService;
    private final ProjectAccess projects;
    private final JdbcTemplate jdbc;
    private final ProgressService progress;
    private final PeriodLockService locks;

    ProgressReadService(WorkItemRepository items, ProgressEntryRepository entries, WorkItemService itemService,
                        ProjectAccess projects, JdbcTemplate jdbc, ProgressService progress, PeriodLockService locks) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.locks = locks;
        this.items = items;
        this.entries = entries;
        this.itemService = itemService;
        this.projects = projects;
    }

    /** Cumulative completion of the project at the end of a month. */
    public record MonthPoint(YearMonth month, BigDecimal cumulativePercent) {
    }

    /** Everything the progress screen shows. */
    public record ProjectProgress(ProjectAccess.WorkAccess project, List<WorkItemRow> items, BigDecimal percent,
                                  boolean budgetWeighted, List<MonthPoint> months) {
    }

    /**
     * One work item of a project in scope, for reports: its plan and budget, what is completed to date, and what was
     * completed within the period (all of it when the period is open on both ends), and whether the ledger has
     * entries for it dated within the period (corrections that cancel out included; always for all time).
     */
    public record ItemTotal(Long projectId, Long itemId, Long workTypeId, BigDecimal planned, BigDecimal budget,
                            BigDecimal completedToDate, BigDecimal completedInPeriod, boolean enteredInPeriod) {
    }

    /**
     * The work items (retired ones left out) of the given projects with their totals. The projects must come from
     * {@link ProjectAccess#all} for the same user, which applied the scope.
     */
    @Transactional(readOnly = true)
    public List<ItemTotal> totals(Collection<Long> projectIds, LocalDate from,
                                  LocalDate to) {
        List<ItemTotal> result = new ArrayList<>();
        List<Long> ids = List.copyOf(projectIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<WorkItem> found = items.findByProjectIdIn(ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .stream().filter(i -> !i.isRetired()).toList();
            Map<Long, BigDecimal> inPeriod = new HashMap<>();
            boolean allTime = from == null && to == null;
            List<Long> itemIds = found.stream().map(WorkItem::getId).toList();
            for (int s = 0; !allTime && s < itemIds.size(); s += CHUNK) {
                List<Long> chunk = itemIds.subList(s, Math.min(itemIds.size(), s + CHUNK));
                List<Object[]> sums = wholeMonths(from, to)
                        ? monthSums(chunk, from == null ? Integer.MIN_VALUE : MonthIndex.index(from),
                                to == null ? Integer.MAX_VALUE : MonthIndex.index(to))
                        : entries.sumsBetween(chunk, from == null ? OPEN_START : from,
                                to == null ? OPEN_END : to);
                for (Object[] row : sums) {
                    inPeriod.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
                }
            }
            for (WorkItem i : found) {
                result.add(new ItemTotal(i.getProjectId(), i.getId(), i.getWorkTypeId(), i.getPlannedQuantity(),
                        i.getBudget(), i.getCompletedQuantity(), allTime ? i.getCompletedQuantity()
                        : inPeriod.getOrDefault(i.getId(), BigDecimal.ZERO),
                        allTime || inPeriod.containsKey(i.getId())));
            }
        }
        return result;
    }

    /** The items' monthly sums, kept with the ledger: rows of (item id, year, month, sum). */
    private List<Object[]> monthlySums(List<Long> itemIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int s = 0; s < itemIds.size(); s += CHUNK) {
            List<Long> chunk = itemIds.subList(s, Math.min(itemIds.size(), s + CHUNK));
            rows.addAll(jdbc.query("select work_item_id, month_index, quantity from item_month where work_item_id in ("
                    + WorkItemStates.marks(chunk) + ")", (rs, n) -> {
                YearMonth month = MonthIndex.month(rs.getInt(2));
                return new Object[]{rs.getLong(1), month.getYear(), month.getMonthValue(), rs.getBigDecimal(3)};
            }, chunk.toArray()));
        }
        return rows;
    }

    /** Whether a period starts on a month's first day and ends on a month's last (open ends count as such). */
    private static boolean wholeMonths(LocalDate from, LocalDate to) {
        return (from == null || from.getDayOfMonth() == 1)
                && (to == null || to.equals(YearMonth.from(to).atEndOfMonth()));
    }

    /** Per item, the sum of its monthly sums from month index {@code first} to {@code last}: (item id, sum) rows. */
    private List<Object[]> monthSums(List<Long> itemIds, int first, int last) {
        List<Object> args = new ArrayList<>(itemIds);
        args.add(first);
        args.add(last);
        return jdbc.query("select work_item_id, sum(quantity) from item_month where work_item_id in ("
                        + WorkItemStates.marks(itemIds) + ") and month_index between ? and ? group by work_item_id",
                (rs, n) -> new Object[]{rs.getLong(1), rs.getBigDecimal(2)}, args.toArray());
    }

    /** What an item completed in one month (corrections included). */
    public record MonthTotal(Long itemId, YearMonth month, BigDecimal quantity) {
    }

    /**
     * The monthly sums of the given items' ledgers. The items must come from {@link #totals} for the same user, which
     * applied the scope.
     */
    @Transactional(readOnly = true)
    public List<MonthTotal> monthly(Collection<Long> itemIds) {
        List<MonthTotal> result = new ArrayList<>();
        List<Long> ids = List.copyOf(itemIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            for (Object[] row : monthlySums(ids.subList(start, Math.min(ids.size(), start + CHUNK)))) {
                result.add(new MonthTotal((Long) row[0], YearMonth.of(((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue()), (BigDecimal) row[3]));
            }
        }
        return result;
    }

    /**
     * A project's completion from its items' totals (to date): weighted by budget where every item has one, else the
     * mean of the items' completed/planned ratios, each capped at 100 %.
     */
    public static BigDecimal completion(List<ItemTotal> items) {
        return Completion.percent(items.stream()
                .map(i -> new Completion.Part(i.planned(), i.budget(), i.completedToDate())).toList());
    }

    private static final int CHUNK = 1_000;

    /**
     * Every progress entry (corrections included) of the given projects dated within the period, both ends included
     * and {@code null} ends open, handed to {@code sink} in ledger order: by project id, item, date and entry id.
     * Reads a few projects at a time, streamed, so a district's ledger never sits in memory whole
     * ({@link LedgerRows}). The projects must come from {@link ProjectAccess#all} for the same user, which applied
     * the scope.
     */
    @Transactional(readOnly = true)
    public void ledger(Collection<Long> projectIds, LocalDate from, LocalDate to,
                       Consumer<LedgerRow> sink) {
        LedgerRows.read(jdbc, projectIds, from == null ? OPEN_START : from, to == null ? OPEN_END : to, sink);
    }

    /** The dates an open period end stands for in a ledger query. */
    private static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** A line of an item's ledger: whether its month is locked, and whether the signed-in user may correct it now. */
    public record LedgerLine(ProgressService.EntryRow entry, boolean locked, boolean correctable) {
    }

    /** One page of a work item's ledger, with the item, its project's name and how many lines the ledger has. */
    public record LedgerPage(WorkItemRow item, String projectName, List<LedgerLine> lines, long total) {
    }

    /**
     * Page {@code page} (from 0) of a work item's ledger: every entry and correction, newest first, a correction
     * beside the entry it corrects (it carries that entry's date). Readable by whoever may see the project. An entry is
     * correctable only where {@link ProgressService#correct} would accept it: an original entry, a user who may write
     * to the project, a project under construction, and a month that is not locked.
     */
    @Transactional(readOnly = true)
    public LedgerPage itemLedger(long workItemId, int page, int size) {
        WorkItem item = items.findById(workItemId).orElseThrow(NotFoundException::new);
        ProjectAccess.WorkAccess project = projects.workAccess(item.getProjectId());
        List<LedgerLine> lines = lines(project, entries.findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(workItemId,
                PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 100))));
        return new LedgerPage(itemService.rows(List.of(item), WorkItemService.mayPlan(project)).getFirst(),
                project.name(), lines, entries.countByWorkItemId(workItemId));
    }

    /** The last {@code limit} entries of an item's day, oldest of them first, and how many the day has in all. */
    public record DayLines(List<LedgerLine> lines, long total) {
    }

    /**
     * The newest {@code limit} entries and corrections of a work item's day, in the order they were recorded, and the
     * day's count: what the log screen shows under the form, bounded however busy the item is (the whole day is in
     * the ledger). Each is correctable by the same rule as the item's ledger ({@link #itemLedger}), so the logging
     * page offers 更正 only where the ledger page would.
     */
    @Transactional(readOnly = true)
    public DayLines day(long workItemId, LocalDate date, int limit) {
        WorkItem item = items.findById(workItemId).orElseThrow(NotFoundException::new);
        ProjectAccess.WorkAccess project = projects.workAccess(item.getProjectId());
        List<ProgressEntry> newest = new java.util.ArrayList<>(entries.findByWorkItemIdAndWorkDateOrderByRecordedAtDescIdDesc(
                workItemId, date, org.springframework.data.domain.PageRequest.of(0, limit)));
        java.util.Collections.reverse(newest);
        long total = newest.size() < limit ? newest.size() : entries.countByWorkItemIdAndWorkDate(workItemId, date);
        return new DayLines(lines(project, newest), total);
    }

    private List<LedgerLine> lines(ProjectAccess.WorkAccess project, List<ProgressEntry> found) {
        boolean writable = project.mayWrite() && project.status() == ProjectStatus.IN_PROGRESS;
        Map<YearMonth, Boolean> locked = new HashMap<>();
        return progress.rows(found).stream().map(e -> {
            boolean inLockedMonth = locked.computeIfAbsent(YearMonth.from(e.date()),
                    m -> locks.isLocked(project.communityIds(), m));
            return new LedgerLine(e, inLockedMonth, writable && !e.isCorrection() && !inLockedMonth);
        }).toList();
    }

    @Transactional(readOnly = true)
    public ProjectProgress project(long projectId) {
        ProjectAccess.WorkAccess project = projects.workAccess(projectId);
        List<WorkItem> all = items.findByProjectIdOrderByIdAsc(projectId);
        List<WorkItemRow> rows = itemService.rows(all, WorkItemService.mayPlan(project));
        List<WorkItem> counted = all.stream().filter(i -> !i.isRetired()).toList();
        List<Completion.Part> now = counted.stream()
                .map(i -> new Completion.Part(i.getPlannedQuantity(), i.getBudget(), i.getCompletedQuantity())).toList();
        return new ProjectProgress(project, rows, Completion.percent(now), Completion.budgetWeighted(now),
                monthly(counted));
    }

    private List<MonthPoint> monthly(List<WorkItem> counted) {
        if (counted.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkItem> byId = new HashMap<>();
        counted.forEach(i -> byId.put(i.getId(), i));
        TreeMap<YearMonth, Map<Long, BigDecimal>> sums = new TreeMap<>();
        for (Object[] row : monthlySums(List.copyOf(byId.keySet()))) {
            YearMonth month = YearMonth.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue());
            sums.computeIfAbsent(month, m -> new HashMap<>()).merge((Long) row[0], (BigDecimal) row[3], BigDecimal::add);
        }
        if (sums.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> cumulative = new HashMap<>();
        List<MonthPoint> points = new ArrayList<>();
        for (YearMonth m = sums.firstKey(); !m.isAfter(sums.lastKey()); m = m.plusMonths(1)) {
            sums.getOrDefault(m, Map.of()).forEach((item, q) -> cumulative.merge(item, q, BigDecimal::add));
            List<Completion.Part> parts = counted.stream().map(i -> new Completion.Part(i.getPlannedQuantity(),
                    i.getBudget(), cumulative.getOrDefault(i.getId(), BigDecimal.ZERO))).toList();
            points.add(new MonthPoint(m, Completion.percent(parts)));
        }
        return points;
    }
}
