package org.chenggeng.work;

import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only those who may log for a project import into it, and progress only while it is under construction. */
@ChenggengTest
class WorkImportScopeTest {

    @Autowired
    WorkImportService imports;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    ImportFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    void aProjectManagerCannotImportIntoAProjectThatIsNotTheirs() throws Exception {
        ImportFixture.Site site = fixture.site();
        Long tanks = fixture.item(site.projectId(), "SEPTIC_TANK", "40", null);

        for (String outsider : new String[]{"pm", "committee", "official"}) {
            assertThatThrownBy(() -> as.run(outsider, () -> imports.commit(site.projectId(), ImportKind.PROGRESS,
                    XlsxFiles.progress(new Object[]{"SEPTIC_TANK", LocalDate.of(2025, 3, 3), 2, null}), f -> { })))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> imports.preview(site.projectId(), ImportKind.PROGRESS,
                    XlsxFiles.progress(), f -> { }))).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> imports.template(site.projectId(), ImportKind.PROGRESS)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(entries.findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(tanks)).isEmpty();

        ImportResult own = as.as(site.manager(), () -> imports.commit(site.projectId(), ImportKind.PROGRESS,
                XlsxFiles.progress(new Object[]{"SEPTIC_TANK", LocalDate.of(2025, 3, 3), 2, null}), f -> { }));
        assertThat(own.imported()).isEqualTo(1);
    }

    @Test
    void progressIsImportedOnlyWhileTheProjectIsUnderConstruction() throws Exception {
        Long accepted = as.as("admin", () -> users.projectChoices().stream()
                .filter(p -> p.code().equals("YYH-2022-01")).findFirst().orElseThrow().id());

        WorkImportService.ImportTarget target = as.as("pm", () -> imports.target(accepted));
        assertThat(target.takesProgress()).isFalse();
        assertThat(target.takesWorkItems()).isFalse();
        assertThatThrownBy(() -> as.run("pm", () -> imports.preview(accepted, ImportKind.PROGRESS,
                XlsxFiles.progress(), f -> { }))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("progress.error.projectNotInProgress");
        assertThatThrownBy(() -> as.run("pm", () -> imports.preview(accepted, ImportKind.WORK_ITEMS,
                XlsxFiles.progress(), f -> { }))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("workItem.error.projectClosed");
    }
}
