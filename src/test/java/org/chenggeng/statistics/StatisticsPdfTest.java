package org.chenggeng.statistics;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.ScopeRegions;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The form's PDF read back with PDFBox: A4 landscape, the fonts embedded, the region, month, unit and date in the
 * title block, every row and the total with the form's own figures, both header rows on every page a part runs onto,
 * and every page numbered. The files are left in target/statistics for a look.
 */
@ChenggengTest
class StatisticsPdfTest {

    private static final float LANDSCAPE_WIDTH = 841.89f;
    private static final float LANDSCAPE_HEIGHT = 595.28f;

    @Autowired
    StatisticsExport export;
    @Autowired
    StatisticsService statistics;
    @Autowired
    ScopeRegions regions;
    @Autowired
    TestUsers as;

    private long street() throws Exception {
        return regions.id("official", "月牙河街");
    }

    @Test
    void thePdfCarriesTheTitleBlockEveryRowAndTheTotalsOfTheForm() throws Exception {
        long street = street();
        YearMonth month = YearMonth.of(2024, 12);
        byte[] bytes = as.as("official", () -> export.pdf(street, month, Locale.SIMPLIFIED_CHINESE));
        StatisticsForm form = as.as("official", () -> statistics.form(street, month));
        keep("street-2024-12-zh.pdf", bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            landscapeWithEmbeddedFonts(doc);
            String first = text(doc, 1, 1);
            assertThat(first).contains("月牙河街城镇老旧小区改造统计月报（2024年12月）", "填报单位：月牙河街",
                    "报告期：2024年12月", "填报日期：");
            String all = text(doc, 1, doc.getNumberOfPages());
            List<String> lines = all.lines().toList();
            NumberFormat n = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
            String flat = all.replaceAll("\\s+", "");
            for (FormRow row : form.rows()) {
                // a long name wraps in its cell, so its figures may follow on the name's second line
                assertThat(flat).as(row.name()).contains(row.name().replaceAll("\\s+", ""));
            }
            FormRow total = form.total();
            List<String> totals = lines.stream().filter(l -> l.startsWith("合计 ")).toList();
            assertThat(totals).as("one total row per part").hasSize(3);
            assertThat(totals.get(0)).isEqualTo("合计 " + String.join(" ", List.of(
                    n.format(total.planCompounds()), n.format(total.planHouseholds()), n.format(total.planBuildings()),
                    n.format(total.planFloorArea()), n.format(total.planInvestment()), n.format(total.compounds()),
                    n.format(total.compoundsStarted()), n.format(total.compoundsCompleted()),
                    n.format(total.households()), n.format(total.householdsStarted()),
                    n.format(total.householdsCompleted()), n.format(total.buildings()),
                    n.format(total.floorArea()))));
            assertThat(totals.get(1)).startsWith("合计 " + n.format(total.investmentPlanned()) + " "
                    + n.format(total.investmentCompleted()) + " ");
            assertThat(total.investmentCompleted()).isGreaterThan(BigDecimal.ZERO);
            assertThat(totals.get(2)).startsWith("合计 " + n.format(total.quantity(KeyQuantity.PIPELINES)) + " ");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(text(doc, p, p)).contains("第 " + p + " 页 共 " + doc.getNumberOfPages() + " 页");
            }
        }
    }

    @Test
    void aFormLongerThanAPageRepeatsBothHeaderRowsOnEveryPageItRunsOnto() throws Exception {
        List<FormRow> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(new FormRow((long) i, "第" + i + "社区", i, i * 100, i * 3, BigDecimal.valueOf(i * 1000L),
                    BigDecimal.valueOf(i * 250_000L), i, i, 0, i * 90, i * 90, 0, i * 2, BigDecimal.valueOf(i * 900L),
                    BigDecimal.valueOf(i * 240_000L), BigDecimal.valueOf(i * 120_000L), Map.of(),
                    Map.of(KeyQuantity.ELEVATORS, BigDecimal.valueOf(i))));
        }
        StatisticsForm form = StatisticsForm.of(1L, "长表区", YearMonth.of(2025, 6), rows, List.of("未报街道"));
        List<StatisticsXlsx.Column> columns = as.as("admin", () -> export.columns(Locale.ENGLISH));
        StatisticsPdf.TitleBlock block = new StatisticsPdf.TitleBlock("Long form", "Unit: 长表区", "Period: Jun 2025",
                "Date: 1 Dec 2026", "Not submitted or not yet accepted (counted as zero): 未报街道", "Page {0} of {1}");
        byte[] bytes = StatisticsPdf.write(block, "Region", "Total", form, columns, v -> v == null ? "—"
                : v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v.toString());
        keep("long-form-en.pdf", bytes);
        List<List<StatisticsXlsx.Column>> parts = StatisticsPdf.parts(columns);
        assertThat(parts).allSatisfy(p -> assertThat(p.size()).isLessThanOrEqualTo(StatisticsPdf.MAX_COLUMNS));
        assertThat(parts.stream().mapToInt(List::size).sum()).isEqualTo(columns.size());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            landscapeWithEmbeddedFonts(doc);
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(parts.size() * 2);
            int withRows = 0;
            for (int p = 1; p <= pages; p++) {
                String page = text(doc, p, p);
                assertThat(page).contains("Page " + p + " of " + pages);
                if (page.contains("第") && page.contains("社区 ")) {
                    withRows++;
                    String groups = parts.stream().map(part -> part.getFirst().group()).filter(page::contains)
                            .findFirst().orElse(null);
                    assertThat(groups).as("page %d names its part's first group", p).isNotNull();
                    List<StatisticsXlsx.Column> part = parts.stream().filter(x -> x.getFirst().group().equals(groups))
                            .findFirst().orElseThrow();
                    assertThat(page).as("page %d has its headings", p).contains("Region")
                            .contains(part.getLast().heading().split(" ")[0]);
                }
            }
            assertThat(withRows).isEqualTo(pages);
            String all = text(doc, 1, pages);
            assertThat(all.lines().filter(l -> l.startsWith("Total ")).count()).isEqualTo(parts.size());
            assertThat(all.lines().filter(l -> l.startsWith("第70社区 ")).count()).isEqualTo(parts.size());
            assertThat(all).contains("Total 2485 248500 7455");
            assertThat(all).contains("未报街道");
        }
    }

    private static void landscapeWithEmbeddedFonts(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(LANDSCAPE_WIDTH, within(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(LANDSCAPE_HEIGHT, within(0.5f));
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+Noto(Sans|Serif)SC.*");
            }
        }
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    private static void keep(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "statistics");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
