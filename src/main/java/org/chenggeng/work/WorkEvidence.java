package org.chenggeng.work;

import org.chenggeng.evidence.EvidenceOwner;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.WorkItemLabels;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where an entry's or a work item's photos sit, for the evidence module: in the item's project, seen by whoever sees
 * the project and attached by whoever may log progress on it (administrators and its project managers), also after
 * the project closed, since a photo proves work already logged; and the names of a project's items for its photo page.
 */
@Component
class WorkEvidence implements EvidenceOwner, WorkItemLabels {

    private final ProgressEntryRepository entries;
    private final WorkItemRepository items;
    private final ProjectAccess projects;
    private final CurrentUser currentUser;
    private final WorkItemService itemRows;

    WorkEvidence(ProgressEntryRepository entries, WorkItemRepository items, ProjectAccess projects,
                 CurrentUser currentUser, WorkItemService itemRows) {
        this.itemRows = itemRows;
        this.entries = entries;
        this.items = items;
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Override
    public Set<OwnerType> types() {
        return Set.of(OwnerType.ENTRY, OwnerType.WORK_ITEM);
    }

    @Override
    @Transactional(readOnly = true)
    public Place place(OwnerType type, long ownerId, boolean attach) {
        long itemId = type == OwnerType.ENTRY
                ? entries.findById(ownerId).orElseThrow(NotFoundException::new).getWorkItemId() : ownerId;
        WorkItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
        ProjectAccess.WorkAccess project = projects.workAccess(item.getProjectId());
        if (attach && !project.mayWrite()) {
            throw currentUser.deny(currentUser.require(), "evidence.attach " + type + " " + ownerId);
        }
        return new Place(project.id(), item.getId());
    }

    @Override
    public Map<Long, String> of(long projectId, Locale locale) {
        return labels(projectId, locale, false);
    }

    @Override
    public Map<Long, String> active(long projectId, Locale locale) {
        return labels(projectId, locale, true);
    }

    private Map<Long, String> labels(long projectId, Locale locale, boolean activeOnly) {
        Map<Long, String> labels = new LinkedHashMap<>();
        for (WorkItemRow row : itemRows.items(projectId)) {
            if (activeOnly && row.retired()) {
                continue;
            }
            labels.put(row.id(), row.name(locale) + (row.locationNote() == null ? "" : " · " + row.locationNote()));
        }
        return labels;
    }
}
