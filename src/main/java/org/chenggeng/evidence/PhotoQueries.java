package org.chenggeng.evidence;

import org.chenggeng.project.ProjectAccess;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's photos and documents as the 影像资料 page and the reports read them: a page at a time, newest taken
 * first, filtered by work item, phase and date, within the signed-in user's scope. Personal-data attachments (an
 * answer's consent form, a feedback's photos) never appear here; they are read on their own record.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PhotoQueries {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final ProjectAccess projects;
    private final AttachmentRepository attachments;
    private final EvidenceService evidence;

    PhotoQueries(ProjectAccess projects, AttachmentRepository attachments, EvidenceService evidence) {
        this.projects = projects;
        this.attachments = attachments;
        this.evidence = evidence;
    }

    /**
     * Which of a project's files to list: photos or documents, and optionally one item (or, {@code projectOnly}, those
     * of no item), one phase, a date range.
     */
    public record Filter(boolean photos, Long workItemId, boolean projectOnly, Phase phase, LocalDate from,
                         LocalDate to) {

        public static Filter allPhotos() {
            return new Filter(true, null, false, null, null, null);
        }

        public static Filter documents() {
            return new Filter(false, null, false, null, null, null);
        }
    }

    @Transactional(readOnly = true)
    public List<AttachmentRow> page(long projectId, Filter f, int offset, int limit) {
        projects.workAccess(projectId);
        int size = Math.max(1, Math.min(limit, 500));
        int pageNo = Math.max(0, offset) / size;
        return evidence.rows(attachments.ofProject(projectId, f.photos(), from(f), to(f), f.workItemId(),
                f.projectOnly(), f.phase(), PageRequest.of(pageNo, size)));
    }

    @Transactional(readOnly = true)
    public long count(long projectId, Filter f) {
        projects.workAccess(projectId);
        return attachments.countOfProject(projectId, f.photos(), from(f), to(f), f.workItemId(), f.projectOnly(),
                f.phase());
    }

    /** The newest photos of a work item, for its photo strip. */
    @Transactional(readOnly = true)
    public List<AttachmentRow> ofItem(long projectId, long workItemId, int limit) {
        projects.workAccess(projectId);
        return evidence.rows(attachments.photosOfItem(workItemId, PageRequest.of(0, Math.max(1, Math.min(limit, 100))))
                .stream().filter(a -> a.getProjectId() == projectId && !a.isPersonal()).toList());
    }

    private static LocalDate from(Filter f) {
        return f.from() == null ? EARLIEST : f.from();
    }

    private static LocalDate to(Filter f) {
        return f.to() == null ? LATEST : f.to();
    }
}
