package org.chenggeng.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectHeader;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.Snapshot;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
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
 * because compounds are theirs to create.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class PlanListImportService {

    /** The most rows a file may have: a city's programme for a year. */
    public static final int MAX_ROWS = 20_000;
    /** Rows written between two flushes that empty the persistence context; the rows hold ids only. */
    private static final int BATCH = 100;

    private final RegionService regions;
    private final CompoundService compounds;
    private final ProjectQueries projects;
    private final ProjectEditing editing;
    private final FundingService funding;
    private final FundingSourceService sources;
    private final WorkTypeService types;
    private final WorkItemService items;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    PlanListImportService(RegionService regions, CompoundService compounds, ProjectQueries projects,
                          ProjectEditing editing, FundingService funding, FundingSourceService sources,
                          WorkTypeService types, WorkItemService items, ApplicationEventPublisher events,
                          EntityManager entityManager) {
        this.entityManager = entityManager;
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
        return new PlanListResult(r.rows(), r.issues(), r.toAdd().size(), r.skipped(), newCompounds(r.toAdd()));
    }

    /** Imports the file if it has no bad row; otherwise writes nothing and says what is wrong, as the preview. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlanListResult importFile(InputStream xlsx, DoubleConsumer progress) {
        PlanListReader.Reading r = PlanListReader.read(xlsx, MAX_ROWS, lookup(), f -> progress.accept(f / 2));
        if (!r.issues().isEmpty()) {
            return new PlanListResult(r.rows(), r.issues(), 0, r.skipped(), 0);
        }
        Map<String, Long> created = new HashMap<>();
        int n = 0;
        for (PlanListRow row : r.toAdd()) {
            Long compound = row.compoundId() != null ? row.compoundId()
                    : created.computeIfAbsent(PlanListReader.Lookup.compoundKey(row.communityId(), row.compoundName()),
                    k -> compounds.create(row.communityId(), new CompoundService.CompoundData(row.compoundName(),
                            row.yearBuilt(), row.buildings(), row.households(), row.floorArea())));
            Long project = editing.create(new ProjectData(row.code(), row.name(), row.year(), false, row.unit(),
                    row.budget().signum() > 0 ? row.budget() : null, null, null, null, Set.of(compound)));
            row.investment().forEach((source, amount) -> funding.setPlan(project, source, amount));
            row.works().forEach((type, quantity) -> items.create(project, new WorkItemData(type, quantity, null, null,
                    null, null)));
            progress.accept(0.5 + 0.5 * ++n / r.toAdd().size());
            if (n % BATCH == 0) {
                // thousands of managed entities make every query's dirty check slower than the last
                entityManager.flush();
                entityManager.clear();
            }
        }
        events.publishEvent(EntityChanged.created("PLAN_LIST_IMPORT", r.toAdd().size(), Snapshot.of()
                .put("rows", r.rows()).put("projects", r.toAdd().size()).put("skipped", r.skipped())
                .put("compounds", created.size()).toMap()));
        return new PlanListResult(r.rows(), List.of(), r.toAdd().size(), r.skipped(), created.size());
    }

    private static int newCompounds(List<PlanListRow> rows) {
        return (int) rows.stream().filter(r -> r.compoundId() == null)
                .map(r -> PlanListReader.Lookup.compoundKey(r.communityId(), r.compoundName())).distinct().count();
    }

    private PlanListReader.Lookup lookup() {
        Map<String, List<Long>> communities = new HashMap<>();
        Map<Long, String> paths = regions.paths();
        for (RegionService.RegionNode c : regions.communities()) {
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
        Set<String> codes = projects.headers(ProjectFilter.none()).stream().map(ProjectHeader::code)
                .collect(Collectors.toSet());
        Map<String, Long> workTypes = new HashMap<>();
        types.all().stream().filter(t -> !t.retired()).forEach(t -> {
            workTypes.put(t.data().code(), t.id());
            workTypes.put(t.data().nameZh(), t.id());
            workTypes.put(t.data().nameEn(), t.id());
        });
        return new PlanListReader.Lookup(communities, compoundIds, codes, workTypes, sources.active());
    }
}
