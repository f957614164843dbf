package org.chenggeng.summary;

import org.chenggeng.project.ProjectPlacements;
import org.chenggeng.summary.RollupDelta.ProjectKey;
import org.chenggeng.summary.RollupDelta.Sums;
import org.chenggeng.work.ItemState;
import org.chenggeng.work.LedgerCheck;
import org.chenggeng.work.WorkItemStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Rebuilds the summary tables from the ledger, the work items and the projects (as the work and project modules
 * give them: {@link LedgerCheck}, {@link ProjectPlacements}), or checks them against those without changing anything. Run from the command line ({@code --rollups=verify} or {@code --rollups=rebuild}, see
 * the README) or from code. A rebuild goes in chunks of projects and can be stopped and resumed (see
 * {@link #rebuild()}); writers may go on meanwhile, though the screens show partial sums until it ends; a verify
 * afterwards confirms it.
 * Not secured by role: it is an operator's command, not reachable from the UI or the API.
 */
@Service
public class RollupCheck {

    private static final Logger log = LoggerFactory.getLogger(RollupCheck.class);
    private static final int SHOWN = 20;
    private final LedgerCheck ledger;
    private final ProjectPlacements placements;
    private final RollupStore store;
    private final RollupRows rows;
    private final WorkItemStates items;
    private final InvestmentCheck investments;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int chunkSize;

    RollupCheck(LedgerCheck ledger, ProjectPlacements placements, RollupStore store, RollupRows rows,
                WorkItemStates items, InvestmentCheck investments, PlatformTransactionManager transactionManager,
                Clock clock, @Value("${chenggeng.rollups.rebuild-chunk:200}") int chunkSize) {
        this.investments = investments;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.ledger = ledger;
        this.items = items;
        this.placements = placements;
        this.store = store;
        this.rows = rows;
    }

    /** What a run found: projects and item-months looked at, and the differences (the first few described). */
    public record Outcome(int projects, long itemMonths, long differences, List<String> described, long millis) {

        public boolean consistent() {
            return differences == 0;
        }
    }

    /** Compares every summary row with what the ledger, the items and the projects give; changes nothing. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Outcome verify() {
        long started = System.nanoTime();
        Differences diff = new Differences();
        RollupDelta expected = new RollupDelta();
        Map<Long, ProjectKey> keys = new TreeMap<>();
        long[] itemMonths = {0};
        List<Long> projects = placements.ids();
        for (List<Long> chunk : RollupStore.chunks(projects)) {
            Map<Long, ProjectKey> chunkKeys = keys(chunk);
            keys.putAll(chunkKeys);
            LedgerCheck.LedgerItems items = ledger.fromLedger(chunk, diff::add);
            itemMonths[0] += items.itemMonths();
            count(expected, chunkKeys, items.items());
        }
        RollupDelta stored = rows.stored();
        Map<Long, ProjectKey> storedKeys = store.keys();
        for (Long p : new TreeSet<>(union(keys.keySet(), storedKeys.keySet()))) {
            if (!Objects.equals(keys.get(p), storedKeys.get(p))) {
                diff.add("project " + p + ": summed as " + storedKeys.get(p) + ", should be " + keys.get(p));
            }
        }
        compare(diff, "project sums", expected.projects, stored.projects, Sums::isZero, RollupCheck::same);
        compare(diff, "project month", expected.projectMonths, stored.projectMonths, n -> n == 0, Object::equals);
        compare(diff, "cell", expected.cells, stored.cells, RollupDelta.CellFigures::isZero, Object::equals);
        compare(diff, "type", expected.types, stored.types, RollupDelta.TypeFigures::isZero, RollupCheck::same);
        compare(diff, "month", expected.months, stored.months, RollupDelta.MonthFigures::isZero, RollupCheck::same);
        compare(diff, "community", expected.communities, stored.communities, RollupDelta.CommunityFigures::isZero,
                RollupCheck::same);
        investments.verify(diff::add);
        Outcome outcome = new Outcome(projects.size(), itemMonths[0], diff.count, diff.shown,
                (System.nanoTime() - started) / 1_000_000);
        log.info("Summary tables verified: {} projects, {} item-months, {} differences in {} ms", outcome.projects(),
                outcome.itemMonths(), outcome.differences(), outcome.millis());
        return outcome;
    }

    /**
     * Throws the summary tables away and sums them again from the ledger, the items and the projects, starting with
     * each work item's completed quantity and entry count: after the ledger alone was restored from a backup they are
     * what the API and the screens read, and what {@link #verify()} compares first.
     * <p>
     * In chunks of projects in id order ({@code chenggeng.rollups.rebuild-chunk}, 200), one transaction each, which
     * also records the last project done ({@code rollup_rebuild}): a rebuild that was stopped (killed, or a chunk
     * failed) continues after that project the next time it is asked for, or at the next start, since its projects
     * are missing. Every chunk adds its projects to the region-level rows as increments, the way a writer does, so
     * the rows hold exactly the sums of the chunks done. A writer logging progress meanwhile is summed right: a
     * project already done is kept up by the writer as usual; one not done yet gets counted whole by the writer
     * (as a project without a summary row always is), and its chunk then only moves it from the items as they were
     * to the items as the ledger sums them. Until the last chunk the screens show partial figures.
     */
    public Outcome rebuild() {
        return rebuild((chunk, lastProjectId) -> {
        });
    }

    /** Told after each chunk of a rebuild has committed: its number (from 1 over the whole rebuild) and last project. */
    interface ChunkHook {
        void done(int chunk, long lastProjectId);
    }

    Outcome rebuild(ChunkHook hook) {
        long started = System.nanoTime();
        RollupStore.Rebuild run = transactions.execute(s -> {
            RollupStore.Rebuild r = store.beginRebuild(clock.instant());
            if (!r.resumed()) {
                for (String table : List.of("rollup_community", "rollup_month", "rollup_type", "rollup_cell",
                        "project_month", "project_rollup")) {
                    rows.clear(table);
                }
                investments.clear();
            }
            return r;
        });
        if (run.resumed()) {
            log.info("Resuming the summary-table rebuild begun at {} from project {} ({} chunks done)",
                    run.startedAt(), run.lastProjectId(), run.chunks());
        }
        long last = run.lastProjectId();
        int chunks = run.chunks();
        long itemMonths = 0;
        while (true) {
            long after = last;
            List<Long> chunk = placements.ids().stream().filter(id -> id > after).limit(chunkSize).toList();
            if (chunk.isEmpty()) {
                break;
            }
            long chunkLast = chunk.getLast();
            itemMonths += transactions.execute(s -> {
                long n = rebuildChunk(chunk);
                store.rebuiltUpTo(after, chunkLast, clock.instant());
                return n;
            });
            last = chunkLast;
            chunks++;
            hook.done(chunks, last);
        }
        transactions.executeWithoutResult(s -> store.finishRebuild(clock.instant()));
        int projects = placements.ids().size();
        Outcome outcome = new Outcome(projects, itemMonths, 0, List.of(),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Summary tables rebuilt: {} projects, {} item-months in {} ms ({} chunks{})", outcome.projects(),
                outcome.itemMonths(), outcome.millis(), chunks, run.resumed() ? ", resumed" : "");
        return outcome;
    }

    /**
     * One chunk: its items locked (in id order, as writers take them), their sums taken from the ledger, then each
     * project without a summary row counted whole and inserted; a project that has one already was counted by a
     * writer since the rebuild began, from its items as they were, and is moved to the items as they are now.
     */
    private long rebuildChunk(List<Long> chunk) {
        Map<Long, List<ItemState>> before = byProject(items.of(chunk, true));
        long itemMonths = ledger.resum(chunk);
        Map<Long, List<ItemState>> after = byProject(items.of(chunk, false));
        Map<Long, ProjectKey> keys = keys(chunk);
        Map<Long, RollupStore.Stored> stored = store.lock(chunk);
        RollupDelta fresh = new RollupDelta();
        Map<Long, ProjectKey> freshKeys = new TreeMap<>(keys);
        freshKeys.keySet().removeAll(stored.keySet());
        count(fresh, freshKeys, freshKeys.keySet().stream().flatMap(p -> after.getOrDefault(p, List.of()).stream())
                .toList());
        List<RollupStore.Saved> saved = new ArrayList<>();
        freshKeys.values().forEach(k -> saved.add(new RollupStore.Saved(k,
                fresh.projects.getOrDefault(k.projectId(), Sums.ZERO), false)));
        RollupDelta moved = new RollupDelta();
        stored.forEach((p, s) -> {
            before.getOrDefault(p, List.of()).forEach(i -> moved.addItem(s.key(), i, -1));
            after.getOrDefault(p, List.of()).forEach(i -> moved.addItem(s.key(), i, 1));
        });
        stored.forEach((p, s) -> {
            Sums now = s.sums().plus(moved.projects.getOrDefault(p, Sums.ZERO));
            saved.add(new RollupStore.Saved(s.key(), now, true));
            moved.changeCompletion(s.key(), s.sums().completion(), now.completion());
        });
        store.save(saved);
        rows.insertMonths(fresh.projectMonths);
        fresh.projectMonths.clear();
        fresh.add(moved);
        rows.apply(fresh);
        investments.rebuild(chunk);
        return itemMonths;
    }

    private static Map<Long, List<ItemState>> byProject(List<ItemState> items) {
        Map<Long, List<ItemState>> by = new TreeMap<>();
        items.forEach(i -> by.computeIfAbsent(i.projectId(), p -> new ArrayList<>()).add(i));
        return by;
    }

    /** Whether any project is not summed yet (tables from before they existed, or data written around them). */
    @Transactional(readOnly = true)
    public boolean missing() {
        return !store.projectIds().containsAll(placements.ids());
    }

    private static void count(RollupDelta into, Map<Long, ProjectKey> keys, List<ItemState> items) {
        for (ItemState item : items) {
            into.addItem(keys.get(item.projectId()), item, 1);
        }
        keys.values().forEach(k -> into.addProject(k,
                into.projects.getOrDefault(k.projectId(), Sums.ZERO).completion(), 1));
        keys.keySet().forEach(p -> into.projects.putIfAbsent(p, Sums.ZERO));
    }

    /** Where the projects are summed now, as the project module places them. */
    private Map<Long, ProjectKey> keys(List<Long> projectIds) {
        Map<Long, ProjectKey> keys = new TreeMap<>();
        placements.of(projectIds).forEach((id, p) -> keys.put(id, ProjectKey.of(p)));
        return keys;
    }

    private static <K, V> void compare(Differences diff, String what, Map<K, V> expected, Map<K, V> stored,
                                       Function<V, Boolean> zero, BiPredicate<V, V> same) {
        for (K k : union(expected.keySet(), stored.keySet())) {
            V e = expected.get(k);
            V s = stored.get(k);
            boolean eZero = e == null || zero.apply(e);
            boolean sZero = s == null || zero.apply(s);
            if (eZero && sZero) {
                continue;
            }
            if (eZero != sZero || !same.test(e, s)) {
                diff.add(what + " " + k + ": summed " + s + ", should be " + e);
            }
        }
    }

    /** Equal figures, whatever the decimals' scale. */
    private static boolean same(Record a, Record b) {
        var ca = a.getClass().getRecordComponents();
        try {
            for (var c : ca) {
                Object x = c.getAccessor().invoke(a);
                Object y = c.getAccessor().invoke(b);
                boolean equal = x instanceof BigDecimal bx && y instanceof BigDecimal by ? bx.compareTo(by) == 0
                        : Objects.equals(x, y);
                if (!equal) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> SortedSet<T> union(Set<T> a, Set<T> b) {
        SortedSet<T> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static final class Differences {
        long count;
        final List<String> shown = new ArrayList<>();

        void add(String description) {
            count++;
            if (shown.size() < SHOWN) {
                shown.add(description);
            }
        }
    }
}
