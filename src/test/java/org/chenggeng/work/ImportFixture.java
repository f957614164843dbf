package org.chenggeng.work;

import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.Consents;
import org.chenggeng.support.TestUsers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Projects of their own for import tests: each in a new community with a new compound, so that a month locked
 * or an item planned by one test never touches another, and each under construction with a project manager.
 */
@Component
public class ImportFixture {

    public static final LocalDate STARTED = LocalDate.of(2025, 1, 6);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final TestUsers as;
    private final RegionService regions;
    private final CompoundService compounds;
    private final ProjectAccess projects;
    private final ProjectLifecycle lifecycle;
    private final ProjectEditing editing;
    private final org.chenggeng.support.SecurityAdmin users;
    private final WorkItemService items;
    private final WorkTypeService types;
    private final WorkItemRepository itemRepository;
    private final WorkTypeRepository typeRepository;
    private final ProgressEntryRepository entries;
    private final TransactionTemplate transaction;
    private final Consents consents;
    private final ItemChanges itemChanges;

    ImportFixture(TestUsers as, RegionService regions, CompoundService compounds, ProjectAccess projects,
                  ProjectLifecycle lifecycle, ProjectEditing editing,                   org.chenggeng.support.SecurityAdmin users, WorkItemService items, WorkTypeService types,
                  WorkItemRepository itemRepository, WorkTypeRepository typeRepository, ProgressEntryRepository entries,
                  PlatformTransactionManager transactions, Consents consents, ItemChanges itemChanges) {
        this.itemChanges = itemChanges;
        this.consents = consents;
        this.as = as;
        this.regions = regions;
        this.compounds = compounds;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.editing = editing;
        this.users = users;
        this.items = items;
        this.types = types;
        this.itemRepository = itemRepository;
        this.typeRepository = typeRepository;
        this.entries = entries;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A project under construction since {@link #STARTED}, its community and its own project manager. */
    public record Site(Long projectId, Long communityId, String manager) {
    }

    public Site site() throws Exception {
        int n = NEXT.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;
        return as.as("admin", () -> {
            Long street = regions.all().stream().filter(r -> r.name().equals("月牙河街")).findFirst().orElseThrow().id();
            Long community = regions.create(street, "导入测试社区" + n, null);
            Long compound = compounds.create(community, new CompoundService.CompoundData("导入测试小区" + n, 1990, 4,
                    120, new BigDecimal("8000.00")));
            Long id = editing.create(new ProjectData("T-IM-" + n, "导入测试项目" + n, 2025, false, "测试实施单位",
                    null, null, null, null, Set.of(compound)));
            step(id, ProjectStatus.CONSULTING, null, null);
            consents.pass(id);
            step(id, ProjectStatus.APPROVED, null, "测试立项");
            step(id, ProjectStatus.IN_PROGRESS, STARTED, null);
            String manager = "t-im-pm-" + n;
            Long user = users.create(new UserAdminService.NewUser(manager, "导入测试经理", "import-test-pass-1",
                    Role.PROJECT_MANAGER, street, Set.of(id)));
            users.resetPassword(user, "import-test-pass-1", false);
            return new Site(id, community, manager);
        });
    }

    /** Plans an item of the catalogue type {@code code} in the project, as administrator. */
    public Long item(Long projectId, String code, String planned, String location) throws Exception {
        return as.as("admin", () -> items.create(projectId, new WorkItemData(typeId(code), new BigDecimal(planned),
                location, null, null, null)));
    }

    public Long typeId(String code) throws Exception {
        return as.as("admin", () -> types.all().stream().filter(t -> t.data().code().equals(code)).findFirst()
                .orElseThrow().id());
    }

    /**
     * An entry logged the way {@link ProgressService#log} logs one, through the entity and Hibernate, but without
     * its row lock: Hibernate writes that lock as {@code for update of alias}, which MariaDB rejects.
     */
    void logged(Long itemId, LocalDate date, String quantity, String who) {
        transaction.executeWithoutResult(status -> {
            WorkItem item = itemRepository.findById(itemId).orElseThrow();
            Unit unit = typeRepository.findById(item.getWorkTypeId()).orElseThrow().getUnit();
            ItemState before = itemChanges.state(item);
            ProgressEntry entry = entries.save(item.log(date, new BigDecimal(quantity), null, unit, true, who,
                    java.time.Instant.now(), null));
            itemChanges.entriesAdded(before, item, java.util.Map.of(entry.getWorkDate(), entry.getQuantity()));
        });
    }

    private void step(Long id, ProjectStatus to, LocalDate date, String note) {
        lifecycle.transition(id, new TransitionRequest(projects.get(id).version(), to, date, null, note));
    }
}
