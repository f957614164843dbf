package org.chenggeng.statistics;

import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.funding.InvestmentLedger;
import org.chenggeng.plan.AnnualPlanService;
import org.chenggeng.plan.PlanFigures;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.Consents;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random streets (communities, compounds, plans), projects of 2025 in random states renewing one compound or two in
 * different communities (the first always two, the second always started), with random funding plans, investment entries and corrections and progress on the key
 * works: the street's monthly form for a random month has a total row equal to the sum of its rows, and every row
 * equals a brute-force count over what was recorded (the plans, the compounds, the ledger entries to the month's end),
 * a project spanning communities in the street's own row. A submitted form stays as submitted after corrections to
 * the ledgers, and the difference shown is exactly what the corrections changed.
 */
@ChenggengTest
class StatisticsFormPropertiesTest {

    private static final int YEAR = 2025;
    private static final LocalDate STARTED = LocalDate.of(2025, 1, 6);
    private static final List<String> KEY_CODES = List.of("ELEVATOR", "CHARGING_POST", "POWER_LINES");

    @Autowired
    StatisticsService statistics;
    @Autowired
    RegionService regions;
    @Autowired
    CompoundService compounds;
    @Autowired
    ProjectEditing editing;
    @Autowired
    ProjectAccess projects;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    Consents consents;
    @Autowired
    WorkItemService items;
    @Autowired
    WorkTypeService types;
    @Autowired
    ProgressService progress;
    @Autowired
    FundingService funding;
    @Autowired
    FundingSourceService sources;
    @Autowired
    InvestmentLedger ledger;
    @Autowired
    AnnualPlanService plans;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;

    /** What the test recorded, which the oracle counts from. */
    private record Compound(long id, long community, int households, int buildings, BigDecimal area) {
    }

    private static final class Project {
        final long id;
        final List<Compound> compounds;
        ProjectStatus status = ProjectStatus.PLANNING;
        final Map<Long, BigDecimal> planned = new TreeMap<>();
        /** Entry id → source, month index, counted amount (after its correction). */
        final Map<Long, Object[]> entries = new LinkedHashMap<>();
        /** Progress per key, with its date. */
        final List<Object[]> progress = new ArrayList<>();

        Project(long id, List<Compound> compounds) {
            this.id = id;
            this.compounds = compounds;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 23, 41, 67})
    void theTotalIsTheSumOfTheRowsAndEachRowIsTheBruteForceCountOfWhatWasRecorded(long seed) throws Exception {
        Random random = new Random(seed);
        String tag = seed + "-" + System.nanoTime() % 1_000_000;
        List<FundingSourceRow> active = as.as("admin", () -> sources.active());
        Map<String, Long> keyTypes = new HashMap<>();
        as.run("admin", () -> types.all().stream().filter(t -> KEY_CODES.contains(t.data().code()))
                .forEach(t -> keyTypes.put(t.data().code(), t.id())));

        long district = as.as("admin", () -> regions.all().stream().filter(r -> r.name().equals("河东区")).findFirst()
                .orElseThrow().id());
        long street = as.as("admin", () -> regions.create(district, "性质测试街道" + tag, null));
        Map<Long, PlanFigures> communityPlans = new LinkedHashMap<>();
        List<Compound> all = new ArrayList<>();
        int communities = 2 + random.nextInt(2);
        for (int c = 0; c < communities; c++) {
            int n = c;
            long community = as.as("admin", () -> regions.create(street, "性质测试社区" + tag + "-" + n, null));
            for (int k = 0; k <= random.nextInt(2); k++) {
                int households = 40 + random.nextInt(400);
                int buildings = 1 + random.nextInt(12);
                BigDecimal area = BigDecimal.valueOf(1000 + random.nextInt(50_000), 1);
                int m = k;
                long id = as.as("admin", () -> compounds.create(community, new CompoundService.CompoundData(
                        "性质测试小区" + tag + "-" + n + "-" + m, 1990, buildings, households, area)));
                all.add(new Compound(id, community, households, buildings, area));
            }
            if (random.nextInt(4) > 0) {
                PlanFigures plan = new PlanFigures(1 + random.nextInt(3), 100 + random.nextInt(900),
                        random.nextInt(20), BigDecimal.valueOf(random.nextInt(90_000)),
                        BigDecimal.valueOf(random.nextInt(9_000_000)));
                as.run("admin", () -> plans.set(community, YEAR, plan));
                communityPlans.put(community, plan.normalized());
            } else {
                communityPlans.put(community, null);
            }
        }
        String official = "stats-prop-" + tag;
        as.run("admin", () -> {
            Long user = users.create(new UserAdminService.NewUser(official, "性质测试", "stats-prop-pass-1",
                    Role.OFFICIAL, street, Set.of()));
            users.resetPassword(user, "stats-prop-pass-1", false);
        });

        List<Project> made = new ArrayList<>();
        int count = 3 + random.nextInt(4);
        for (int p = 0; p < count; p++) {
            List<Compound> renewed = new ArrayList<>(List.of(all.get(random.nextInt(all.size()))));
            if (p == 0 || random.nextInt(4) == 0) {
                all.stream().filter(c -> c.community() != renewed.getFirst().community()).findAny()
                        .ifPresent(renewed::add);
            }
            int target = p == 1 ? 3 + random.nextInt(2) : random.nextInt(5);
            made.add(project(random, tag + "-" + p, renewed, target, active, keyTypes));
        }

        YearMonth month = YearMonth.of(YEAR, 2 + random.nextInt(10));
        StatisticsForm form = as.as(official, () -> statistics.form(street, month));
        Map<Long, FormRow> oracle = oracle(street, communityPlans, made, month);
        assertThat(form.rows()).extracting(FormRow::regionId).as("seed %d rows", seed)
                .containsExactlyElementsOf(oracle.keySet());
        FormRow sum = FormRow.empty(street, form.regionName());
        for (FormRow row : form.rows()) {
            sameFigures(row, oracle.get(row.regionId()), "seed " + seed + " " + month + " row " + row.name());
            sum = sum.plus(row, street, form.regionName());
        }
        sameFigures(form.total(), sum, "seed " + seed + " total = sum of rows");
        FormRow whole = FormRow.empty(street, form.regionName());
        for (FormRow row : oracle.values()) {
            whole = whole.plus(row, street, form.regionName());
        }
        sameFigures(form.total(), whole, "seed " + seed + " total = brute force");

        // submitted, then corrected: the snapshot stays, the difference is what the corrections changed
        as.run(official, () -> statistics.submit(street, month));
        StatisticsForm sent = as.as(official, () -> statistics.submitted(street, month)).orElseThrow();
        sameFigures(sent.total(), form.total(), "seed " + seed + " submitted as shown");
        BigDecimal delta = BigDecimal.ZERO;
        int index = month.getYear() * 100 + month.getMonthValue();
        for (Project p : made) {
            for (Map.Entry<Long, Object[]> e : p.entries.entrySet()) {
                if ((int) e.getValue()[1] <= index && random.nextBoolean()) {
                    BigDecimal right = BigDecimal.valueOf(random.nextInt(5_000_000), 2);
                    BigDecimal was = (BigDecimal) e.getValue()[2];
                    if (right.compareTo(was) != 0) {
                        as.run("admin", () -> ledger.correct(new InvestmentLedger.InvestmentCorrection(e.getKey(),
                                right, "性质测试更正")));
                        delta = delta.add(right.subtract(was));
                        e.getValue()[2] = right;
                    }
                }
            }
        }
        StatisticsForm after = as.as(official, () -> statistics.submitted(street, month)).orElseThrow();
        assertThat(after).as("seed %d snapshot after corrections", seed).isEqualTo(sent);
        FormRow difference = as.as(official, () -> statistics.difference(street, month)).orElseThrow();
        assertThat(difference.investmentCompleted()).as("seed %d difference", seed).isEqualByComparingTo(delta);
        assertThat(difference.compounds()).isZero();
        assertThat(difference.households()).isZero();
        FormRow now = FormRow.empty(street, "");
        for (FormRow row : oracle(street, communityPlans, made, month).values()) {
            now = now.plus(row, street, "");
        }
        sameFigures(as.as(official, () -> statistics.form(street, month)).total(), now,
                "seed " + seed + " live after corrections");
    }

    /** A project of 2025 renewing the compounds, moved at random up to completed, with money and key progress. */
    private Project project(Random random, String tag, List<Compound> renewed, int target,
                            List<FundingSourceRow> active, Map<String, Long> keyTypes) throws Exception {
        Set<Long> compoundIds = new LinkedHashSet<>();
        renewed.forEach(c -> compoundIds.add(c.id()));
        long id = as.as("admin", () -> editing.create(new ProjectData("T-SP-" + tag, "统计性质项目" + tag, YEAR, false,
                "测试实施单位", null, null, null, null, compoundIds)));
        Project p = new Project(id, renewed);
        if (target >= 1) {
            step(id, ProjectStatus.CONSULTING, null);
            p.status = ProjectStatus.CONSULTING;
        }
        if (target >= 2) {
            as.run("admin", () -> consents.pass(id));
            step(id, ProjectStatus.APPROVED, null);
            p.status = ProjectStatus.APPROVED;
            for (int s = 0; s <= random.nextInt(2); s++) {
                long source = active.get(random.nextInt(active.size())).id();
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(90_000_000), 2);
                as.run("admin", () -> funding.setPlan(id, source, amount));
                p.planned.put(source, amount);
            }
            for (int e = 0; e < random.nextInt(5); e++) {
                long source = active.get(random.nextInt(active.size())).id();
                YearMonth month = YearMonth.of(YEAR, 1 + random.nextInt(11));
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(5_000_000), 2);
                Long entry = as.as("admin", () -> ledger.record(new InvestmentLedger.InvestmentRequest(id, source,
                        month, amount, null)));
                p.entries.put(entry, new Object[]{source, month.getYear() * 100 + month.getMonthValue(), amount});
            }
        }
        if (target >= 3) {
            step(id, ProjectStatus.IN_PROGRESS, STARTED);
            p.status = ProjectStatus.IN_PROGRESS;
            for (String code : KEY_CODES) {
                if (random.nextBoolean()) {
                    continue;
                }
                long item = as.as("admin", () -> items.create(id, new WorkItemData(keyTypes.get(code),
                        new BigDecimal("100000"), null, null, null, null)));
                for (int e = 0; e < 1 + random.nextInt(3); e++) {
                    LocalDate day = STARTED.plusDays(random.nextInt(300));
                    BigDecimal q = BigDecimal.valueOf(1 + random.nextInt(400));
                    as.run("admin", () -> progress.log(new ProgressService.LogRequest(item, day, q, null, false)));
                    p.progress.add(new Object[]{KeyQuantity.of(code), day, q});
                }
            }
        }
        if (target >= 4) {
            as.run("admin", () -> lifecycle.transition(id, new TransitionRequest(projects.get(id).version(),
                    ProjectStatus.COMPLETED, LocalDate.of(2025, 11, 20), null, null, true)));
            p.status = ProjectStatus.COMPLETED;
        }
        return p;
    }

    private void step(long id, ProjectStatus to, LocalDate date) throws Exception {
        as.run("admin", () -> lifecycle.transition(id, new TransitionRequest(projects.get(id).version(), to, date,
                null, "性质测试")));
    }

    /**
     * The rows as counted from what was recorded: a row per community in creation order with its plan, and the
     * street's own row last when a project spans communities; each project's compounds once, started when one of its
     * projects has started; money to the month's end; key quantities to its last day, in the form's units.
     */
    private static Map<Long, FormRow> oracle(long street, Map<Long, PlanFigures> plans, List<Project> made,
                                             YearMonth month) {
        Map<Long, List<Project>> byRow = new LinkedHashMap<>();
        plans.keySet().forEach(c -> byRow.put(c, new ArrayList<>()));
        for (Project p : made) {
            Set<Long> in = new LinkedHashSet<>();
            p.compounds.forEach(c -> in.add(c.community()));
            byRow.computeIfAbsent(in.size() == 1 ? in.iterator().next() : street, k -> new ArrayList<>()).add(p);
        }
        int last = month.getYear() * 100 + month.getMonthValue();
        Map<Long, FormRow> rows = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Project>> e : byRow.entrySet()) {
            PlanFigures plan = plans.get(e.getKey()) == null ? PlanFigures.NONE : plans.get(e.getKey());
            Map<Long, Compound> compounds = new LinkedHashMap<>();
            Map<Long, Boolean> started = new HashMap<>();
            Set<Long> completed = new java.util.HashSet<>();
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal done = BigDecimal.ZERO;
            Map<Long, BigDecimal> bySource = new TreeMap<>();
            Map<KeyQuantity, BigDecimal> keys = new EnumMap<>(KeyQuantity.class);
            for (Project p : e.getValue()) {
                for (Compound c : p.compounds) {
                    compounds.put(c.id(), c);
                    started.merge(c.id(), p.status.ordinal() >= ProjectStatus.IN_PROGRESS.ordinal(), Boolean::logicalOr);
                    if (p.status == ProjectStatus.COMPLETED) {
                        completed.add(c.id());
                    }
                }
                for (BigDecimal a : p.planned.values()) {
                    planned = planned.add(a);
                }
                for (Object[] entry : p.entries.values()) {
                    if ((int) entry[1] <= last) {
                        done = done.add((BigDecimal) entry[2]);
                        bySource.merge((Long) entry[0], (BigDecimal) entry[2], BigDecimal::add);
                    }
                }
                for (Object[] q : p.progress) {
                    if (!((LocalDate) q[1]).isAfter(month.atEndOfMonth())) {
                        keys.merge((KeyQuantity) q[0], (BigDecimal) q[2], BigDecimal::add);
                    }
                }
            }
            keys.replaceAll((k, v) -> k.inFormUnit(v));
            int households = compounds.values().stream().mapToInt(Compound::households).sum();
            int buildings = compounds.values().stream().mapToInt(Compound::buildings).sum();
            BigDecimal area = compounds.values().stream().map(Compound::area).reduce(BigDecimal.ZERO, BigDecimal::add);
            int compoundsStarted = (int) started.values().stream().filter(b -> b).count();
            int householdsStarted = compounds.values().stream().filter(c -> started.get(c.id()))
                    .mapToInt(Compound::households).sum();
            int householdsCompleted = compounds.values().stream().filter(c -> completed.contains(c.id()))
                    .mapToInt(Compound::households).sum();
            rows.put(e.getKey(), new FormRow(e.getKey(), "", plan.compounds(), plan.households(), plan.buildings(),
                    plan.floorArea(), plan.investment(), compounds.size(), compoundsStarted, completed.size(),
                    households, householdsStarted, householdsCompleted, buildings, area, planned, done, bySource, keys));
        }
        return rows;
    }

    private static void sameFigures(FormRow actual, FormRow expected, String what) {
        assertThat(actual).as(what).usingRecursiveComparison().ignoringFields("regionId", "name")
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .withEqualsForFields((a, b) -> same((Map<?, ?>) a, (Map<?, ?>) b), "completedBySource", "quantities")
                .isEqualTo(expected);
    }

    /** Two maps of amounts alike, an amount of zero counting as none. */
    private static boolean same(Map<?, ?> a, Map<?, ?> b) {
        Set<Object> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (Object k : keys) {
            BigDecimal x = a.get(k) == null ? BigDecimal.ZERO : (BigDecimal) a.get(k);
            BigDecimal y = b.get(k) == null ? BigDecimal.ZERO : (BigDecimal) b.get(k);
            if (x.compareTo(y) != 0) {
                return false;
            }
        }
        return true;
    }
}
