package org.chenggeng.work;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.HostileXlsx;
import org.chenggeng.shared.xlsx.XlsxRows;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile upload gets its own reason through the import service, for the preview and for the import, and the
 * import stores nothing; none of them takes the memory it asks for (see {@code XlsxBoundsTest}).
 */
@ChenggengTest
class WorkImportHostileFileTest {

    @Autowired
    WorkImportService imports;
    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    WorkItemRepository items;
    @Autowired
    ImportFixture fixture;
    @Autowired
    TestUsers as;

    private ImportFixture.Site site;

    @BeforeEach
    void site() throws Exception {
        site = fixture.site();
        fixture.item(site.projectId(), "SEPTIC_TANK", "40", null);
    }

    @Test
    void eachHostileFileIsRefusedWithItsReasonForPreviewAndImportAndNothingIsStored() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("import.error.tooManyColumns", HostileXlsx.hugeCellReference());
        files.put("import.error.zipBomb", HostileXlsx.zipBomb(64));
        files.put("import.error.tooManyStrings", HostileXlsx.sharedStrings(XlsxRows.Limits.DEFAULT.maxSharedStrings() + 1));
        files.put("import.error.notXlsx", HostileXlsx.csv());
        files.put("import.upload.tooBig", new byte[XlsxRows.MAX_FILE_MB * 1024 * 1024 + 1]);
        long entriesBefore = entries.count();
        long itemsBefore = items.count();

        Map<String, String> previews = new LinkedHashMap<>();
        Map<String, String> commits = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            previews.put(file.getKey(), refusal(() -> imports.preview(site.projectId(), ImportKind.PROGRESS,
                    new ByteArrayInputStream(file.getValue()), f -> { })));
            commits.put(file.getKey(), refusal(() -> imports.commit(site.projectId(), ImportKind.PROGRESS,
                    new ByteArrayInputStream(file.getValue()), f -> { })));
            commits.put(file.getKey() + " (items)", refusal(() -> imports.commit(site.projectId(),
                    ImportKind.WORK_ITEMS, new ByteArrayInputStream(file.getValue()), f -> { })));
        }

        files.keySet().forEach(key -> {
            assertThat(previews.get(key)).as("preview").isEqualTo(key);
            assertThat(commits.get(key)).as("import of progress").isEqualTo(key);
            assertThat(commits.get(key + " (items)")).as("import of work items").isEqualTo(key);
        });
        assertThat(entries.count()).isEqualTo(entriesBefore);
        assertThat(items.count()).isEqualTo(itemsBefore);
    }

    private String refusal(java.util.concurrent.Callable<?> call) {
        try {
            as.as(site.manager(), call);
            return "accepted";
        } catch (DomainException e) {
            return e.messageKey();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
