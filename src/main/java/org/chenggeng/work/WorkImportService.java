package org.chenggeng.work;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spreadsheet import of a project's work items and progress entries (.xlsx): templates, a preview that finds every
 * problem without writing, and an all-or-nothing import that adds only rows not imported before. Only those who
 * may plan and log for the project (its project managers, administrators) import; progress only while the
 * project is under construction, work items until it is accepted.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorkImportService {

    private static final EnumSet<ProjectStatus> CLOSED = EnumSet.of(ProjectStatus.ACCEPTED, ProjectStatus.HANDED_OVER);

    private final ProjectAccess projects;
    private final CurrentUser currentUser;
    private final WorkItemRepository items;
    private final WorkTypeRepository types;
    private final ProgressImport progressImport;
    private final ProgressWriter progressWriter;
    private final WorkItemImport workItemImport;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    WorkImportService(ProjectAccess projects, CurrentUser currentUser, WorkItemRepository items,
                      WorkTypeRepository types, ProgressImport progressImport, ProgressWriter progressWriter,
                      WorkItemImport workItemImport, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.items = items;
        this.types = types;
        this.progressImport = progressImport;
        this.progressWriter = progressWriter;
        this.workItemImport = workItemImport;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The project an import screen is for, and which kinds of file it takes now. */
    public record ImportTarget(Long projectId, String code, String name, ProjectStatus status, boolean takesWorkItems,
                               boolean takesProgress) {

        public boolean takes(ImportKind kind) {
            return kind == ImportKind.PROGRESS ? takesProgress : takesWorkItems;
        }
    }

    /** The project, if the signed-in user may import into it; refuses (and audits) anyone else. */
    @Transactional(readOnly = true)
    public ImportTarget target(long projectId) {
        ProjectAccess.WorkAccess p = writable(projectId);
        return new ImportTarget(p.id(), p.code(), p.name(), p.status(), !CLOSED.contains(p.status()),
                p.status() == ProjectStatus.IN_PROGRESS);
    }

    /** The .xlsx template of a kind for the project, with the catalogue (and for progress the project's items). */
    @Transactional(readOnly = true)
    public byte[] template(long projectId, ImportKind kind) {
        writable(projectId);
        List<WorkType> catalogue = types.findAllByOrderBySortOrderAscIdAsc();
        Map<Long, WorkType> byId = catalogue.stream().collect(Collectors.toMap(WorkType::getId, Function.identity()));
        List<ImportTemplates.ItemLine> own = kind != ImportKind.PROGRESS ? List.of()
                : items.findByProjectIdOrderByIdAsc(projectId).stream().filter(i -> !i.isRetired()).map(i -> {
                    WorkTypeData t = byId.get(i.getWorkTypeId()).data();
                    return new ImportTemplates.ItemLine(t.code(), t.nameZh(), t.unit(), i.getLocationNote(),
                            i.getPlannedQuantity(), i.getCompletedQuantity());
                }).toList();
        return ImportTemplates.write(kind, catalogue.stream().filter(t -> !t.isRetired()).map(WorkType::data).toList(),
                own);
    }

    /**
     * Reads the whole file and says what importing it would do: every bad row with its column and reason, the rows
     * that would be added, those imported before, and warnings (items passing their plan). Writes nothing.
     * {@code progress} hears the share of the file read (0 to 1).
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(long projectId, ImportKind kind, InputStream file, DoubleConsumer progress) {
        ProjectAccess.WorkAccess project = open(projectId, kind);
        if (kind == ImportKind.WORK_ITEMS) {
            WorkItemImport.Reading r = workItemImport.read(projectId, file, progress);
            return new ImportPreview(kind, r.rows(), r.lines().size(), r.duplicates(), r.errors(), List.of());
        }
        ProgressImport.Reading r = progressImport.read(project, items.findByProjectIdOrderByIdAsc(projectId), file,
                progress);
        return new ImportPreview(kind, r.rows(), r.lines().size(), r.duplicates(), r.errors(),
                progressImport.overPlan(r.lines()));
    }

    /**
     * Imports the file if every row is valid, in one transaction; a file with any bad row writes nothing
     * ({@code import.error.fileHasErrors}). Rows imported before are skipped, so importing a file twice adds its
     * rows once. Progress is added under the lock of each of the project's work items, which count the new entries;
     * it is written while the file is still being read, and rolled back if a later row turns out bad.
     * Read committed, so that rows another import committed while this one waited for the locks count as imported.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ImportResult commit(long projectId, ImportKind kind, InputStream file, DoubleConsumer progress) {
        ProjectAccess.WorkAccess project = open(projectId, kind);
        try {
            return kind == ImportKind.WORK_ITEMS ? commitWorkItems(projectId, file, progress)
                    : commitProgress(project, file, progress);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("import.error.concurrent");
        }
    }

    private ImportResult commitWorkItems(long projectId, InputStream file, DoubleConsumer progress) {
        WorkItemImport.Reading r = workItemImport.read(projectId, file, progress);
        refuseErrors(r.errors());
        workItemImport.write(projectId, r.lines());
        return new ImportResult(ImportKind.WORK_ITEMS, r.lines().size(), r.duplicates(), 0);
    }

    private ImportResult commitProgress(ProjectAccess.WorkAccess project, InputStream file, DoubleConsumer progress) {
        List<WorkItem> locked = lockItems(project.id());
        ProgressWriter.Written w = progressWriter.importFile(project, locked, file, progress,
                currentUser.require().username());
        refuseErrors(w.errors());
        events.publishEvent(EntityChanged.updated("PROJECT", project.id(), "IMPORT_PROGRESS", Map.of(),
                Map.of("imported", String.valueOf(w.imported()), "alreadyImported", String.valueOf(w.duplicates()),
                        "overPlan", String.valueOf(w.overPlan()))));
        return new ImportResult(ImportKind.PROGRESS, w.imported(), w.duplicates(), w.overPlan());
    }

    /**
     * Locks the project's work items (in id order, so that two imports cannot deadlock) and only then loads them,
     * so that their totals are the latest. Plain {@code select ... for update}: Hibernate's lock query would add
     * {@code for update of alias}, which MariaDB rejects.
     */
    private List<WorkItem> lockItems(long projectId) {
        List<Long> ids = jdbc.queryForList("select id from work_item where project_id = ? order by id for update",
                Long.class, projectId);
        Map<Long, WorkItem> byId = items.findAllById(ids).stream()
                .collect(Collectors.toMap(WorkItem::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private static void refuseErrors(List<ImportIssue> errors) {
        if (!errors.isEmpty()) {
            throw new DomainException("import.error.fileHasErrors", errors.size());
        }
    }

    private ProjectAccess.WorkAccess open(long projectId, ImportKind kind) {
        ProjectAccess.WorkAccess project = writable(projectId);
        if (kind == ImportKind.PROGRESS && project.status() != ProjectStatus.IN_PROGRESS) {
            throw new DomainException("progress.error.projectNotInProgress",
                    MessageKey.of(project.status().labelKey()));
        }
        if (kind == ImportKind.WORK_ITEMS && CLOSED.contains(project.status())) {
            throw new DomainException("workItem.error.projectClosed");
        }
        return project;
    }

    private ProjectAccess.WorkAccess writable(long projectId) {
        ProjectAccess.WorkAccess project = projects.workAccess(projectId);
        if (!project.mayWrite()) {
            throw currentUser.deny(currentUser.require(), "work-import project " + projectId);
        }
        return project;
    }
}
