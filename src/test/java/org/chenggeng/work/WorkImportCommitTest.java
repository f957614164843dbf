package org.chenggeng.work;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing writes all of a valid file or nothing, adds each row once however often the file is imported, and
 * keeps every work item's completed quantity and entry count equal to its ledger.
 */
@ChenggengTest
class WorkImportCommitTest {

    @Autowired
    WorkImportService imports;
    @Autowired
    ProgressService progress;
    @Autowired
    WorkItemService items;
    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    ImportFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    private ImportFixture.Site site;
    private Long pipes;
    private Long tanks;

    @BeforeEach
    void site() throws Exception {
        site = fixture.site();
        pipes = fixture.item(site.projectId(), "UNDERGROUND_PIPES", "1000", null);
        tanks = fixture.item(site.projectId(), "SEPTIC_TANK", "40", null);
    }

    private ImportResult commit(InputStream file) throws Exception {
        return as.as(site.manager(), () -> imports.commit(site.projectId(), ImportKind.PROGRESS, file, f -> { }));
    }

    private WorkItemRow row(Long id) throws Exception {
        return as.as(site.manager(), () -> items.item(id));
    }

    @Test
    void importingTheSameFileTwiceAddsItsRowsOnceAndIdenticalRowsOfOneFileBothCount() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 3);
        byte[] file = XlsxFiles.bytes(XlsxFiles.PROGRESS_HEADERS, List.of(
                new Object[]{"UNDERGROUND_PIPES", day, 120.5, "东段"},
                new Object[]{"UNDERGROUND_PIPES", day, 120.5, "东段"},
                new Object[]{"SEPTIC_TANK", day, 3, null}));
        fixture.logged(pipes, day, "9", site.manager());

        ImportResult first = commit(new ByteArrayInputStream(file));
        ImportResult second = commit(new ByteArrayInputStream(file));
        ImportPreview third = as.as(site.manager(), () -> imports.preview(site.projectId(), ImportKind.PROGRESS,
                new ByteArrayInputStream(file), f -> { }));

        assertThat(first.imported()).isEqualTo(3);
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyImported()).isEqualTo(3);
        assertThat(third.importable()).isZero();
        assertThat(third.alreadyImported()).isEqualTo(3);
        assertThat(row(pipes).completed()).isEqualByComparingTo("250.00");
        assertThat(row(pipes).entryCount()).isEqualTo(3);
        assertThat(entries.sumForItem(pipes)).isEqualByComparingTo("250.00");
        assertThat(row(tanks).completed()).isEqualByComparingTo("3");
    }

    @Test
    void importedEntriesReadBackLikeLoggedOnesWithTheirDateNoteAndWhoRecordedThem() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 31);
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        commit(XlsxFiles.progress(new Object[]{"SEPTIC_TANK", day, 2, "  北侧化粪池  "}));

        List<ProgressService.EntryRow> ledger = as.as(site.manager(), () -> progress.ledger(tanks));
        assertThat(ledger).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(day);
            assertThat(e.quantity()).isEqualByComparingTo("2");
            assertThat(e.note()).isEqualTo("北侧化粪池");
            assertThat(e.recordedBy()).isEqualTo(site.manager());
            assertThat(e.recordedAt()).isBetween(before, clock.instant().plusSeconds(1));
            assertThat(e.overPlan()).isFalse();
        });
        fixture.logged(tanks, day, "1", site.manager());
        record Stored(String date, Instant at) {
        }
        List<Stored> stored = jdbc.query("select cast(work_date as char(10)), recorded_at from progress_entry"
                + " where work_item_id = ? order by id", (rs, n) -> new Stored(rs.getString(1),
                rs.getTimestamp(2).toInstant()), tanks);
        assertThat(stored).extracting(Stored::date).containsExactly("2025-03-31", "2025-03-31");
        assertThat(Math.abs(ChronoUnit.SECONDS.between(stored.get(0).at(), stored.get(1).at())))
                .as("written by JDBC and by Hibernate, read alike").isLessThan(60);
    }

    @Test
    void aFileWithOneBadRowWritesNothingEvenIfItsGoodRowsWereAlreadyBeingWritten() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            rows.add(new Object[]{"UNDERGROUND_PIPES", LocalDate.of(2025, 3, 3), 1, null});
        }
        rows.add(new Object[]{"SEPTIC_TANK", LocalDate.of(2025, 3, 3), 0.5, null});
        InputStream file = new ByteArrayInputStream(XlsxFiles.bytes(XlsxFiles.PROGRESS_HEADERS, rows));

        assertThatThrownBy(() -> commit(file)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.error.fileHasErrors");
        assertThatThrownBy(() -> commit(new ByteArrayInputStream(new byte[]{'P', 'K', 3, 4, 0})))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.error.notXlsx");

        assertThat(entries.findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(pipes)).isEmpty();
        assertThat(entries.findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(tanks)).isEmpty();
        assertThat(row(pipes).completed()).isEqualByComparingTo("0");
        assertThat(row(pipes).entryCount()).isZero();
    }

    @Test
    void tenThousandRowsImportWithTotalsEqualToTheLedgerAndEntriesPastThePlanFlagged() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            LocalDate day = ImportFixture.STARTED.plusDays(i % 300);
            rows.add(i % 2 == 0 ? new Object[]{"UNDERGROUND_PIPES", day, new BigDecimal("0.25"), "第" + (i % 7) + "段"}
                    : new Object[]{"SEPTIC_TANK", day, 1, null});
        }
        byte[] file = XlsxFiles.bytes(XlsxFiles.PROGRESS_HEADERS, rows);

        ImportPreview preview = as.as(site.manager(), () -> imports.preview(site.projectId(), ImportKind.PROGRESS,
                new ByteArrayInputStream(file), f -> { }));
        List<Double> fractions = new ArrayList<>();
        ImportResult result = as.as(site.manager(), () -> imports.commit(site.projectId(), ImportKind.PROGRESS,
                new ByteArrayInputStream(file), fractions::add));

        assertThat(preview.rows()).isEqualTo(10_000);
        assertThat(preview.importable()).isEqualTo(10_000);
        assertThat(preview.warnings()).extracting(ImportIssue::args).containsExactly(
                List.of("SEPTIC_TANK", "40", "5000", "4960"), List.of("UNDERGROUND_PIPES", "1000", "1250", "1000"));
        assertThat(result.imported()).isEqualTo(10_000);
        assertThat(result.overPlan()).isEqualTo(5960);
        assertThat(fractions).isNotEmpty().isSorted().last().isEqualTo(1.0);
        assertThat(row(pipes).completed()).isEqualByComparingTo("1250.00");
        assertThat(row(pipes).entryCount()).isEqualTo(5000);
        assertThat(entries.sumForItem(pipes)).isEqualByComparingTo("1250.00");
        assertThat(row(tanks).completed()).isEqualByComparingTo("5000");
        assertThat(entries.findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(tanks))
                .filteredOn(ProgressEntry::isOverPlan).hasSize(4960);
        assertThat(entries.findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(pipes))
                .filteredOn(ProgressEntry::isOverPlan).hasSize(1000);
    }
}
