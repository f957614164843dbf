package org.chenggeng.work;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The work items of a project. Everyone who may see the project sees its items; the project's own project
 * managers (and administrators) plan them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorkItemService {

    private static final String ENTITY = "WORK_ITEM";
    private static final EnumSet<ProjectStatus> CLOSED = EnumSet.of(ProjectStatus.ACCEPTED, ProjectStatus.HANDED_OVER);

    private final WorkItemRepository items;
    private final WorkTypeRepository types;
    private final ProjectAccess projects;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ItemChanges itemChanges;
    private final WorkItemInserts inserts;

    WorkItemService(WorkItemRepository items, WorkTypeRepository types, ProjectAccess projects,
                    CurrentUser currentUser, ApplicationEventPublisher events, ItemChanges itemChanges,
                    WorkItemInserts inserts) {
        this.inserts = inserts;
        this.items = items;
        this.types = types;
        this.projects = projects;
        this.currentUser = currentUser;
        this.events = events;
        this.itemChanges = itemChanges;
    }

    @Transactional(readOnly = true)
    public List<WorkItemRow> items(long projectId) {
        ProjectAccess.WorkAccess project = projects.workAccess(projectId);
        return rows(items.findByProjectIdOrderByIdAsc(projectId), mayPlan(project));
    }

    @Transactional(readOnly = true)
    public WorkItemRow item(long itemId) {
        WorkItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
        ProjectAccess.WorkAccess project = projects.workAccess(item.getProjectId());
        return rows(List.of(item), mayPlan(project)).getFirst();
    }

    /** Whether the signed-in user may plan and retire items of the project now (it is theirs and not accepted). */
    public static boolean mayPlan(ProjectAccess.WorkAccess project) {
        return project.mayWrite() && !CLOSED.contains(project.status());
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long create(long projectId, WorkItemData data) {
        writable(projectId);
        WorkType type = activeType(data.workTypeId());
        WorkItem item = items.save(new WorkItem(projectId, data, type.getUnit(), null));
        itemChanges.itemsCreated(projectId, List.of(item));
        events.publishEvent(EntityChanged.created(ENTITY, item.getId(), item.snapshot()));
        return item.getId();
    }

    /**
     * Plans items in many projects at once (an import's new projects), each checked as {@link #create} checks one,
     * with JDBC batches. Each item gets the import key a work-item file's row with the same plan would have (decision
     * 0004), so a project's file of the same items later adds nothing; an item whose key its project holds already is
     * not created again. Announced in one {@link WorkItemsChangedBatch}, and not audited one by one: the caller records
     * the batch in one entry (decision 0021). Returns how many items were created.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int createAll(Map<Long, List<WorkItemData>> byProject) {
        if (byProject.isEmpty()) {
            return 0;
        }
        Map<Long, ProjectAccess.WorkAccess> access = projects.workAccess(byProject.keySet());
        for (ProjectAccess.WorkAccess project : access.values()) {
            if (!project.mayWrite()) {
                throw currentUser.deny(currentUser.require(), "work-item.write project " + project.id());
            }
            if (CLOSED.contains(project.status())) {
                throw new DomainException("workItem.error.projectClosed");
            }
        }
        Map<Long, WorkType> typeById = new HashMap<>();
        Map<String, Long> existing = inserts.keyed(byProject.keySet());
        ImportKeys keys = new ImportKeys();
        List<WorkItem> added = new ArrayList<>();
        byProject.forEach((projectId, plans) -> plans.forEach(data -> {
            WorkType type = typeById.computeIfAbsent(data.workTypeId() == null ? -1L : data.workTypeId(),
                    id -> activeType(data.workTypeId()));
            WorkItem probe = new WorkItem(projectId, data, type.getUnit(), null);
            String key = keys.next(projectId, ImportKeys.item(type.getCode(), probe));
            if (!existing.containsKey(projectId + ":" + key)) {
                added.add(new WorkItem(projectId, data, type.getUnit(), key));
            }
        }));
        itemChanges.itemsCreated(inserts.insert(added), added);
        return added.size();
    }

    /** Changes the plan of an item that has no progress yet. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void update(long itemId, long version, WorkItemData data) {
        WorkItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
        writable(item.getProjectId());
        item.checkVersion(version);
        Map<String, String> before = item.snapshot();
        ItemState counted = itemChanges.state(item);
        WorkType type = item.getWorkTypeId().equals(data.workTypeId())
                ? types.findById(data.workTypeId()).orElseThrow(NotFoundException::new) : activeType(data.workTypeId());
        item.update(data, type.getUnit());
        items.saveAndFlush(item);
        itemChanges.itemChanged(counted, item);
        events.publishEvent(EntityChanged.updated(ENTITY, itemId, "UPDATE", before, item.snapshot()));
    }

    /** Takes an item out of the plan; its ledger stays. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void retire(long itemId, long version, String reason) {
        WorkItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
        writable(item.getProjectId());
        item.checkVersion(version);
        Map<String, String> before = item.snapshot();
        ItemState counted = itemChanges.state(item);
        item.retire(reason);
        items.saveAndFlush(item);
        itemChanges.itemChanged(counted, item);
        events.publishEvent(EntityChanged.updated(ENTITY, itemId, "RETIRE", before, item.snapshot()));
    }

    ProjectAccess.WorkAccess writable(long projectId) {
        ProjectAccess.WorkAccess project = projects.workAccess(projectId);
        if (!project.mayWrite()) {
            throw currentUser.deny(currentUser.require(), "work-item.write project " + projectId);
        }
        if (CLOSED.contains(project.status())) {
            throw new DomainException("workItem.error.projectClosed");
        }
        return project;
    }

    WorkType activeType(Long typeId) {
        WorkType type = typeId == null ? null : types.findById(typeId).orElse(null);
        if (type == null) {
            throw new DomainException("workItem.error.typeRequired");
        }
        if (type.isRetired()) {
            throw new DomainException("workItem.error.typeRetired");
        }
        return type;
    }

    List<WorkItemRow> rows(List<WorkItem> found, boolean mayWrite) {
        Map<Long, WorkType> byId = types.findAllById(found.stream().map(WorkItem::getWorkTypeId).distinct().toList())
                .stream().collect(Collectors.toMap(WorkType::getId, Function.identity()));
        return found.stream().map(i -> {
            WorkTypeData t = byId.get(i.getWorkTypeId()).data();
            return new WorkItemRow(i.getId(), i.getVersion(), i.getProjectId(), i.getWorkTypeId(), t.code(), t.nameZh(),
                    t.nameEn(), t.category(), t.unit(), t.section(), i.getPlannedQuantity(), i.getCompletedQuantity(),
                    i.getLocationNote(), i.getBudget(), i.getPlannedStart(), i.getPlannedEnd(), i.isRetired(),
                    i.getRetiredReason(), i.getEntryCount(), mayWrite && !i.isRetired() && i.getEntryCount() == 0,
                    mayWrite && !i.isRetired());
        }).toList();
    }
}
