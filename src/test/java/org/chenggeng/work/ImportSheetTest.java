package org.chenggeng.work;

import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.shared.xlsx.ImportRow;
import org.chenggeng.shared.xlsx.ImportSheet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells read as the user meant them, whichever way Excel stored them. */
class ImportSheetTest {

    private final List<ImportRow<ImportColumn>> rows = new ArrayList<>();

    private ImportSheet<ImportColumn> read(List<String> headers, Object[]... data) {
        return ImportKind.PROGRESS.read(XlsxFiles.stream(headers, Arrays.asList(data)), f -> { }, rows::add);
    }

    @Test
    void datesAreReadFromDateCellsSerialNumbersAndTheUsualWaysOfWritingThem() {
        read(XlsxFiles.PROGRESS_HEADERS,
                new Object[]{"A", LocalDate.of(2025, 3, 8)},
                new Object[]{"A", 45724},
                new Object[]{"A", "2025-03-08"},
                new Object[]{"A", "2025/3/8"},
                new Object[]{"A", "2025.3.8"},
                new Object[]{"A", "2025年3月8日"},
                new Object[]{"A", "20250308"},
                new Object[]{"A", "3月8日"});

        assertThat(rows).extracting(r -> r.date(ImportColumn.WORK_DATE, true)).containsExactly(
                LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8),
                LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8), null);
        assertThat(rows.getLast().issues()).extracting(ImportIssue::messageKey).containsExactly("import.error.notADate");
    }

    @Test
    void aWorkbookWithDatesFrom1904ReadsTheDaysItShowsNotFourYearsAndADayEarlier() {
        ImportKind.PROGRESS.read(new java.io.ByteArrayInputStream(XlsxFiles.bytes1904(XlsxFiles.PROGRESS_HEADERS,
                        List.of(new Object[]{"A", LocalDate.of(2025, 3, 8)}, new Object[]{"A", 44262},
                                new Object[]{"A", "2025-03-08"}))), f -> { }, rows::add);

        // 44262 days after 1904-01-01 is 2025-03-08 (in a 1900 workbook it would be 2021-03-07)
        assertThat(rows).extracting(r -> r.date(ImportColumn.WORK_DATE, true)).containsExactly(
                LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8));
        assertThat(rows).allSatisfy(r -> assertThat(r.issues()).isEmpty());
    }

    @Test
    void numbersKeepTheDigitsTheUserTypedAndTextThatIsANumberCounts() {
        read(XlsxFiles.PROGRESS_HEADERS,
                new Object[]{"A", null, 0.1 + 0.2},
                new Object[]{"A", null, 1742},
                new Object[]{"A", null, " 1,742.50 "},
                new Object[]{"A", null, "约100"});

        assertThat(rows).extracting(r -> r.decimal(ImportColumn.QUANTITY, true)).containsExactly(
                new BigDecimal("0.3"), new BigDecimal("1742"), new BigDecimal("1742.50"), null);
        assertThat(rows.getLast().issues()).extracting(ImportIssue::messageKey, ImportIssue::args)
                .containsExactly(org.assertj.core.api.Assertions.tuple("import.error.notANumber", List.of("约100")));
    }

    @Test
    void headersAreFoundInAnyOrderWithBlankRowsSkippedAndRowsNumberedAsExcelShowsThem() {
        ImportSheet<ImportColumn> sheet = read(List.of("备注", " 完成工程量 ", "工程内容编码*", "完成日期"),
                new Object[]{"甲", 1, "SEPTIC_TANK", "2025-03-08"},
                new Object[]{null, null, null, null},
                new Object[]{"乙", 2, "SEPTIC_TANK", "2025-03-09"});

        assertThat(sheet.headerIssues()).isEmpty();
        assertThat(sheet.rows()).isEqualTo(2);
        assertThat(rows).extracting(ImportRow::number).containsExactly(2, 4);
        assertThat(rows).extracting(r -> r.text(ImportColumn.NOTE), r -> r.text(ImportColumn.TYPE_CODE))
                .containsExactly(org.assertj.core.api.Assertions.tuple("甲", "SEPTIC_TANK"),
                        org.assertj.core.api.Assertions.tuple("乙", "SEPTIC_TANK"));
    }

    @Test
    void readingReportsItsProgressAsItGoesNotOnlyAtTheEnd() {
        List<Double> fractions = new ArrayList<>();
        List<Object[]> data = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            data.add(new Object[]{"SEPTIC_TANK", LocalDate.of(2025, 3, 8), i});
        }
        ImportKind.PROGRESS.read(XlsxFiles.stream(XlsxFiles.PROGRESS_HEADERS, data), fractions::add, rows::add);

        assertThat(fractions).hasSizeGreaterThan(50).isSorted().last().isEqualTo(1.0);
        assertThat(fractions.get(fractions.size() / 2)).isBetween(0.2, 0.8);
        assertThat(rows).hasSize(5000);
    }

    @Test
    void identicalRowsGetDifferentKeysAndTheSameKeysAgainInTheNextFile() {
        ImportKeys first = new ImportKeys();
        ImportKeys second = new ImportKeys();
        String row = ImportKeys.content("SEPTIC_TANK", LocalDate.of(2025, 3, 8), "2.00", null);

        List<String> a = List.of(first.next(1L, row), first.next(1L, row), first.next(2L, row));
        List<String> b = List.of(second.next(1L, row), second.next(1L, row), second.next(2L, row));

        assertThat(a).isEqualTo(b);
        assertThat(a.get(0)).isNotEqualTo(a.get(1)).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(a.get(2)).isEqualTo(a.get(0));
        assertThat(ImportKeys.content("a", null)).isNotEqualTo(ImportKeys.content("a", ""));
    }
}
