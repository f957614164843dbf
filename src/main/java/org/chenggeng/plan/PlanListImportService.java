package org.chenggeng.plan;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionLevel;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.Snapshot;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/**
 * The plan list (项目清单) from Excel: one row per compound and project, with the compound matched in its community by
 * name (or created from the row's year built, buildings, households and floor area), the project created in 谋划 with
 * its planned investment by source and its works. A preview finds every bad row without writing; the import is all
 * or nothing and skips rows whose project code exists, so importing a file again adds nothing. Administrators only,
 * because compounds are theirs to create; the communities a file may name are those within the importer's scope.
 *
 * <p>Every row is checked first, against what is looked up once (communities, compounds, project codes, work types,
 * funding sources); then each module writes its part of all rows at once through its batch method (compounds,
 * projects, work items, funding plans), with JDBC batches and one summary event each, and the import is audited once
 * with its counts (decision 0021).
 */
@Service
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class PlanListImportService {

    /** The most rows a file may have: a city's programme for a year. */
    public static final int MAX_ROWS = 20_000;

    private final RegionService regions;
    private final CompoundService compounds;
    private final ProjectQueries projects;
    private final ProjectEditing editing;
    private final FundingService funding;
    private final FundingSourceService sources;
    private final WorkTypeService types;
    private final WorkItemService items;
    private final ApplicationEventPublisher events;

    PlanListImportService(RegionService regions, CompoundService compounds, ProjectQueries projects,
                          ProjectEditing editing, FundingService funding, FundingSourceService sources,
                          WorkTypeService types, WorkItemService items, ApplicationEventPublisher events) {
        this.regions = regions;
        this.compounds = compounds;
        this.projects = projects;
        this.editing = editing;
        this.funding = funding;
        this.sources = sources;
        this.types = types;
        this.items = items;
        this.events = events;
    }

    /** The template: the columns headed in the user's language, a planned-investment column per active source. */
    public byte[] template(Locale locale) {
        return PlanListTemplate.write(PlanListColumn.all(sources.active()), locale);
    }

    /** What importing the file would do, and every bad row; writes nothing. */
    @Transactional(readOnly = true)
    public PlanListResult preview(InputStream xlsx, DoubleConsumer progress) {
        PlanListReader.Reading r = PlanListReader.read(xlsx, MAX_ROWS, lookup(), progress);
        return new PlanListResult(r.rows(), r.issues(), r.toAdd().size(), r.skipped(), newCompounds(r.toAdd()).size());
    }

    /**
     * Imports the file if it has no bad row; otherwise writes nothing and says what is wrong, as the preview. A file
     * another import wrote the same projects or compounds from meanwhile is refused whole
     * ({@code import.error.concurrent}).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlanListResult importFile(InputStream xlsx, DoubleConsumer progress) {
        PlanListReader.Reading r = PlanListReader.read(xlsx, MAX_ROWS, lookup(), f -> progress.accept(f / 2));
        if (!r.issues().isEmpty()) {
            return new PlanListResult(r.rows(), r.issues(), 0, r.skipped(), 0);
        }
        try {
            return write(r, progress);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("import.error.concurrent");
        }
    }

    private PlanListResult write(PlanListReader.Reading r, DoubleConsumer progress) {
        List<PlanListRow> rows = r.toAdd();
        Map<String, CompoundService.NewCompound> newOnes = newCompounds(rows);
        List<Long> created = compounds.createAll(List.copyOf(newOnes.values()));
        Map<String, Long> compoundIds = new HashMap<>();
        int i = 0;
        for (String key : newOnes.keySet()) {
            compoundIds.put(key, created.get(i++));
        }
        progress.accept(0.6);
        List<Long> projectIds = editing.createAll(rows.stream().map(row -> new ProjectData(row.code(), row.name(),
                row.year(), false, row.unit(), row.budget().signum() > 0 ? row.budget() : null, null, null, null,
                Set.of(row.compoundId() != null ? row.compoundId()
                        : compoundIds.get(PlanListReader.Lookup.compoundKey(row.communityId(), row.compoundName())))))
                .toList());
        progress.accept(0.75);
        Map<Long, List<WorkItemData>> works = new LinkedHashMap<>();
        Map<Long, Map<Long, BigDecimal>> money = new LinkedHashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            PlanListRow row = rows.get(n);
            Long project = projectIds.get(n);
            if (!row.works().isEmpty()) {
                works.put(project, row.works().entrySet().stream().map(w -> new WorkItemData(w.getKey(), w.getValue(),
                        null, null, null, null)).toList());
            }
            if (!row.investment().isEmpty()) {
                money.put(project, row.investment());
            }
        }
        int workItems = items.createAll(works);
        progress.accept(0.9);
        int planLines = funding.planAll(money);
        Long region = commonRegion(rows.stream().map(PlanListRow::communityId).collect(Collectors.toSet()));
        events.publishEvent(EntityChanged.updated("PLAN_LIST_IMPORT", region == null ? "-" : region, "IMPORT",
                Map.of(), Snapshot.of().put("regionId", region).put("rows", r.rows()).put("projects", rows.size())
                        .put("skipped", r.skipped()).put("compounds", created.size()).put("workItems", workItems)
                        .put("fundingPlans", planLines).toMap()));
        progress.accept(1.0);
        return new PlanListResult(r.rows(), List.of(), rows.size(), r.skipped(), created.size());
    }

    /** The compounds the rows create, by community and name, each from the first row that names it. */
    private static Map<String, CompoundService.NewCompound> newCompounds(List<PlanListRow> rows) {
        Map<String, CompoundService.NewCompound> added = new LinkedHashMap<>();
        rows.stream().filter(r -> r.compoundId() == null).forEach(r -> added.putIfAbsent(
                PlanListReader.Lookup.compoundKey(r.communityId(), r.compoundName()),
                new CompoundService.NewCompound(r.communityId(), r.compoundData())));
        return added;
    }

    /** The lowest region holding every community the rows are in (for the audit entry's place); null for none. */
    private Long commonRegion(Set<Long> communities) {
        Map<Long, Long> parents = regions.parents();
        List<Long> common = null;
        for (Long c : communities) {
            List<Long> chain = new ArrayList<>();
            for (Long r = c; r != null && !chain.contains(r); r = parents.get(r)) {
                chain.add(r);
            }
            common = common == null ? chain : common.stream().filter(chain::contains).toList();
        }
        return common == null || common.isEmpty() ? null : common.getFirst();
    }

    private PlanListReader.Lookup lookup() {
        Map<String, List<Long>> communities = new HashMap<>();
        Map<Long, String> paths = regions.paths();
        for (RegionService.RegionNode c : regions.inScope()) {
            if (c.level() != RegionLevel.COMMUNITY) {
                continue;
            }
            communities.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.id());
            String path = paths.getOrDefault(c.id(), c.name()).replace(" ", "");
            String[] parts = path.split("/");
            for (int i = parts.length - 2; i >= 0; i--) {
                String tail = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
                communities.computeIfAbsent(tail, k -> new ArrayList<>()).add(c.id());
            }
        }
        Map<String, Long> compoundIds = compounds.inScope().stream().collect(Collectors.toMap(
                c -> PlanListReader.Lookup.compoundKey(c.communityId(), c.name()), CompoundService.CompoundRow::id,
                (a, b) -> a));
        Set<String> codes = projects.codesInUse().stream().map(c -> c.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, Long> workTypes = new HashMap<>();
        Map<Long, Unit> units = new HashMap<>();
        types.all().stream().filter(t -> !t.retired()).forEach(t -> {
            workTypes.put(t.data().code(), t.id());
            workTypes.put(t.data().nameZh(), t.id());
            workTypes.put(t.data().nameEn(), t.id());
            units.put(t.id(), t.data().unit());
        });
        return new PlanListReader.Lookup(communities, compoundIds, codes, workTypes, units, sources.active());
    }
}
