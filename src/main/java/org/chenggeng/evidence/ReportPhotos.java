package org.chenggeng.evidence;

import org.chenggeng.evidence.FileStore.Rendition;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The before/after pairs of a project's report appendix, for the reporting module: per work item its 施工前 and 施工后
 * photos (those of its entries and its own), the pair the user chose or, by default, the earliest 施工前 and the latest
 * 施工后, and the display-size JPEG of each photo in it. Within the signed-in user's scope; withdrawn and
 * personal-data files never appear. The reporting module reads no evidence table, and this module no other's.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportPhotos {

    private static final List<Phase> PAIR_PHASES = List.of(Phase.BEFORE, Phase.AFTER);

    private final ProjectAccess projects;
    private final AttachmentRepository attachments;
    private final StoredFileRepository files;
    private final FileStore store;
    private final EvidenceService evidence;
    private final WorkItemLabels labels;

    ReportPhotos(ProjectAccess projects, AttachmentRepository attachments, StoredFileRepository files, FileStore store,
                 EvidenceService evidence, WorkItemLabels labels) {
        this.projects = projects;
        this.attachments = attachments;
        this.files = files;
        this.store = store;
        this.evidence = evidence;
        this.labels = labels;
    }

    /** A work item's 施工前 and 施工后 photos, each oldest taken first (one row per distinct file). */
    public record ItemPhotos(long workItemId, String item, List<AttachmentRow> before, List<AttachmentRow> after) {

        /** The earliest 施工前 photo, or null. */
        public AttachmentRow defaultBefore() {
            return before.isEmpty() ? null : before.getFirst();
        }

        /** The latest 施工后 photo, or null. */
        public AttachmentRow defaultAfter() {
            return after.isEmpty() ? null : after.getLast();
        }
    }

    /**
     * The user's pair for one work item, by the photos' tokens; a null side is left out, and an item whose both sides
     * are null is left out of the appendix.
     */
    public record Choice(String before, String after) {
    }

    /**
     * What the user chose, per work item id. An item not named takes its default pair; a token that is not (or no
     * longer) one of the item's photos of that phase, such as another project's or a withdrawn one, takes the default
     * of its side, so a stale choice never prints a photo the user may not see.
     */
    public record Selection(Map<Long, Choice> chosen) {

        public static final Selection DEFAULTS = new Selection(Map.of());

        public Selection {
            chosen = Map.copyOf(chosen);
        }
    }

    /** One work item of the appendix; a side is null when the item has no photo of that phase (or it was left out). */
    public record Pair(long workItemId, String item, AttachmentRow before, AttachmentRow after) {
    }

    /** The pairs in plan order, and the names of the active work items that have neither a 施工前 nor a 施工后 photo. */
    public record Appendix(List<Pair> pairs, List<String> withoutPhotos) {
    }

    /** Every work item with a 施工前 or 施工后 photo, in plan order, for the user to choose from. */
    @Transactional(readOnly = true)
    public List<ItemPhotos> candidates(long projectId, Locale locale) {
        projects.workAccess(projectId);
        Map<Long, String> names = labels.of(projectId, locale);
        Map<Long, List<AttachmentRow>> before = new LinkedHashMap<>();
        Map<Long, List<AttachmentRow>> after = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<Attachment> found = attachments.photosByItem(projectId, PAIR_PHASES);
        Map<String, Long> fileOf = new java.util.HashMap<>();
        found.forEach(a -> fileOf.put(a.getToken(), a.getFileId()));
        for (AttachmentRow row : evidence.rows(found)) {
            // The same file on an entry and on its item is one photo to choose.
            if (seen.add(row.workItemId() + "/" + row.phase() + "/" + fileOf.get(row.token()))) {
                (row.phase() == Phase.BEFORE ? before : after).computeIfAbsent(row.workItemId(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<ItemPhotos> items = new ArrayList<>();
        for (Map.Entry<Long, String> item : names.entrySet()) {
            List<AttachmentRow> b = before.getOrDefault(item.getKey(), List.of());
            List<AttachmentRow> a = after.getOrDefault(item.getKey(), List.of());
            if (!b.isEmpty() || !a.isEmpty()) {
                items.add(new ItemPhotos(item.getKey(), item.getValue(), List.copyOf(b), List.copyOf(a)));
            }
        }
        return items;
    }

    /** The appendix as the user chose it (see {@link Selection}). */
    @Transactional(readOnly = true)
    public Appendix appendix(long projectId, Selection selection, Locale locale) {
        List<ItemPhotos> items = candidates(projectId, locale);
        List<Pair> pairs = new ArrayList<>();
        Set<Long> pictured = new HashSet<>();
        for (ItemPhotos item : items) {
            pictured.add(item.workItemId());
            Choice choice = selection.chosen().get(item.workItemId());
            AttachmentRow before = choice == null ? item.defaultBefore() : pick(item.before(), choice.before(),
                    item.defaultBefore());
            AttachmentRow after = choice == null ? item.defaultAfter() : pick(item.after(), choice.after(),
                    item.defaultAfter());
            if (before != null || after != null) {
                pairs.add(new Pair(item.workItemId(), item.item(), before, after));
            }
        }
        List<String> without = labels.active(projectId, locale).entrySet().stream()
                .filter(e -> !pictured.contains(e.getKey())).map(Map.Entry::getValue).toList();
        return new Appendix(pairs, without);
    }

    private static AttachmentRow pick(List<AttachmentRow> photos, String token, AttachmentRow fallback) {
        if (token == null) {
            return null;
        }
        return photos.stream().filter(p -> p.token().equals(token)).findFirst().orElse(fallback);
    }

    /**
     * The display-size JPEG (at most 1 600 px) of one of the project's before/after photos, for the caller to read
     * and close; refused like the project, and not found when withdrawn, personal or of another project.
     */
    @Transactional(readOnly = true)
    public InputStream display(long projectId, String token) throws IOException {
        projects.workAccess(projectId);
        Attachment a = attachments.findByToken(token).filter(x -> !x.isWithdrawn() && !x.isPersonal() && x.isImage()
                && x.getProjectId() == projectId).orElseThrow(NotFoundException::new);
        StoredFile f = files.findById(a.getFileId()).orElseThrow(NotFoundException::new);
        return store.open(f.getSha256(), Rendition.DISPLAY).orElseThrow(
                () -> new IOException("display size missing from the store: " + f.getSha256()));
    }
}
