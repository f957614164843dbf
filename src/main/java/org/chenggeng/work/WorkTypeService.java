package org.chenggeng.work;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The catalogue of work types. Everyone reads it; administrators keep it. A type in use is retired, never deleted. */
@Service
public class WorkTypeService {

    private static final String ENTITY = "WORK_TYPE";

    private final WorkTypeRepository types;
    private final WorkItemRepository items;
    private final ApplicationEventPublisher events;

    WorkTypeService(WorkTypeRepository types, WorkItemRepository items, ApplicationEventPublisher events) {
        this.types = types;
        this.items = items;
        this.events = events;
    }

    /** A catalogue entry with its id, version and whether it may still be chosen for new work items. */
    public record WorkTypeRow(Long id, long version, WorkTypeData data, boolean retired, boolean inUse) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WorkTypeRow> all() {
        return types.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(t -> new WorkTypeRow(t.getId(), t.getVersion(), t.data(), t.isRetired(), false)).toList();
    }

    /** The catalogue as administrators see it, with whether each type is used by a work item. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<WorkTypeRow> catalogue() {
        return types.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(t -> new WorkTypeRow(t.getId(), t.getVersion(), t.data(), t.isRetired(),
                        items.existsByWorkTypeId(t.getId()))).toList();
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Long create(WorkTypeData data) {
        WorkType type = new WorkType(data);
        if (types.existsByCode(type.getCode())) {
            throw new DomainException("workType.error.codeTaken", type.getCode());
        }
        types.save(type);
        events.publishEvent(EntityChanged.created(ENTITY, type.getId(), type.snapshot()));
        return type.getId();
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void update(long id, long version, WorkTypeData data) {
        WorkType type = load(id);
        type.checkVersion(version);
        Map<String, String> before = type.snapshot();
        if (items.existsByWorkTypeId(id) && (type.getUnit() != data.unit() || !type.getCode().equals(data.code()))) {
            throw new DomainException("workType.error.unitInUse");
        }
        type.update(data);
        types.findByCode(type.getCode()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("workType.error.codeTaken", type.getCode());
        });
        types.saveAndFlush(type);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "UPDATE", before, type.snapshot()));
    }

    /** Deletes an unused type, or retires a type in use so that it is no longer offered for new work items. */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public boolean deleteOrRetire(long id, long version) {
        WorkType type = load(id);
        type.checkVersion(version);
        Map<String, String> before = type.snapshot();
        if (items.existsByWorkTypeId(id)) {
            type.retire();
            events.publishEvent(EntityChanged.updated(ENTITY, id, "RETIRE", before, type.snapshot()));
            return false;
        }
        types.delete(type);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "DELETE", before, Map.of()));
        return true;
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void reinstate(long id, long version) {
        WorkType type = load(id);
        type.checkVersion(version);
        Map<String, String> before = type.snapshot();
        type.reinstate();
        events.publishEvent(EntityChanged.updated(ENTITY, id, "REINSTATE", before, type.snapshot()));
    }

    private WorkType load(long id) {
        return types.findById(id).orElseThrow(NotFoundException::new);
    }
}
