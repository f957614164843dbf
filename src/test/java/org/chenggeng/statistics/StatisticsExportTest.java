package org.chenggeng.statistics;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.ScopeRegions;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form's workbook in the provincial layout: grouped headings over their columns, a row per sub-region and the
 * total last, equal to the sum of the rows above it; printed on A4 landscape with both header rows repeated. The
 * bulletin ranks by rate against plan, highest first.
 */
@ChenggengTest
class StatisticsExportTest {

    @Autowired
    StatisticsExport export;
    @Autowired
    StatisticsService statistics;
    @Autowired
    Rankings rankings;
    @Autowired
    ScopeRegions regions;
    @Autowired
    TestUsers as;

    private long street() throws Exception {
        return regions.id("official", "月牙河街");
    }

    @Test
    void theWorkbookHasTheProvincialLayoutAndItsTotalSumsTheRows() throws Exception {
        long street = street();
        YearMonth month = YearMonth.of(2024, 12);
        byte[] bytes = as.as("official", () -> export.excel(street, month, Locale.SIMPLIFIED_CHINESE));
        StatisticsForm form = as.as("official", () -> statistics.form(street, month));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("月牙河街", "2024年12月");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("年度计划");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("小区（个）");
            assertThat(sheet.getMergedRegions()).anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo("B2:F2"));
            int last = sheet.getLastRowNum();
            assertThat(last - 2).isEqualTo(form.rows().size() + 1);
            Row total = sheet.getRow(last);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            for (int c = 1; c <= 14; c++) {
                double sum = 0;
                for (int r = 3; r < last; r++) {
                    sum += sheet.getRow(r).getCell(c).getNumericCellValue();
                }
                assertThat(total.getCell(c).getNumericCellValue()).as("column " + c).isEqualTo(sum);
            }
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:3");
        }
    }

    @Test
    void theDemosStreetFormOf2026ShowsRatesAgainstItsCommunitiesPlans() throws Exception {
        StatisticsForm form = as.as("official", () -> statistics.form(street(), YearMonth.of(2026, 11)));
        assertThat(form.rows()).filteredOn(r -> r.planCompounds() > 0).extracting(FormRow::name)
                .contains("丽苑社区", "鲁山道社区", "大桥道社区", "靖江里社区")
                .allSatisfy(name -> assertThat(form.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                        .orElseThrow().startRateAgainstPlan()).isNotNull());
        assertThat(form.total().planHouseholds()).isEqualTo(4804);
        // the demo's projects of 2026 reach the plan's households; other tests' projects in the street add to them
        assertThat(form.total().households()).isGreaterThanOrEqualTo(4804)
                .isEqualTo(form.rows().stream().mapToInt(FormRow::households).sum());
    }

    @Test
    void theBulletinRanksByRateAgainstPlanAndListsRowsWithoutAPlanLast() throws Exception {
        FormRow high = new FormRow(1L, "甲", 2, 0, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 3, 3, 1, 0,
                0, 0, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null, null);
        FormRow low = new FormRow(2L, "乙", 4, 0, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 3, 1, 0, 0,
                0, 0, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null, null);
        FormRow none = FormRow.empty(3L, "丙");
        assertThat(high.startRateAgainstPlan()).isEqualByComparingTo("150.0");
        assertThat(Rankings.ranked(java.util.List.of(none, low, high), FormRow::startRateAgainstPlan))
                .extracting(FormRow::name).containsExactly("甲", "乙", "丙");
        Rankings.Bulletin bulletin = as.as("official", () -> rankings.bulletin(street(), YearMonth.of(2026, 11)));
        assertThat(bulletin.byStartRate()).hasSameSizeAs(bulletin.byCompletionRate()).isNotEmpty();
        assertThat(bulletin.overdue()).allSatisfy(p -> assertThat(p.plannedEnd()).isBefore(
                java.time.LocalDate.of(2026, 12, 1)));
    }
}
