package org.chenggeng.evidence;

import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Work items of their own for the photo appendix tests, in the project manager's project under construction, and
 * photos with a date taken, each a file never stored before (so no other test's file is reused).
 */
@Component
public class PhotoPairs {

    private static final AtomicLong SEED = new AtomicLong(System.nanoTime());

    private final TestUsers as;
    private final ProjectQueries projects;
    private final WorkItemService items;
    private final EvidenceService evidence;

    PhotoPairs(TestUsers as, ProjectQueries projects, WorkItemService items, EvidenceService evidence) {
        this.as = as;
        this.projects = projects;
        this.items = items;
        this.evidence = evidence;
    }

    /** A new work item and its name as the appendix prints it (the type's name and the location note). */
    public record Item(long projectId, long id, String name) {
    }

    public Item newItem(String note) throws Exception {
        return as.as("pm", () -> {
            long project = projects.loggable().getFirst().id();
            WorkItemRow some = items.items(project).stream().filter(i -> !i.retired()).findFirst().orElseThrow();
            long id = items.create(project, new WorkItemData(some.workTypeId(), BigDecimal.TEN, note, null, null,
                    null));
            return new Item(project, id, items.item(id).name(Locale.SIMPLIFIED_CHINESE) + " · " + note);
        });
    }

    /** A photo of the item in the phase, taken at {@code taken}, attached by the project manager. */
    public AttachmentRow photo(Item item, Phase phase, LocalDateTime taken) throws Exception {
        byte[] jpeg = ExifDates.stamp(SampleFiles.jpeg(400, 300, SEED.incrementAndGet()), taken);
        return as.as("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM, item.id(), phase),
                SampleFiles.file(jpeg), phase + ".jpg"));
    }
}
