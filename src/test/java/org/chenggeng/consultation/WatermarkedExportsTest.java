package org.chenggeng.consultation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.FreshProjects;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports that carry residents' personal data say who downloaded them and when, on every sheet and page. */
@ChenggengTest
class WatermarkedExportsTest {

    private static final String MARK = "【下载记录】committee 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(.+\\) 下载.*";

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    HouseholdService households;
    @Autowired
    SurveyCodes codes;
    @Autowired
    RoundService rounds;
    @Autowired
    FreshProjects fresh;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    @Test
    void theRegisterExportCarriesTheDownloadRecordInItsFirstLineHeaderAndFooter() throws Exception {
        var site = fixture.site(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as.run("committee", () -> households.export(site.compoundId(), Locale.SIMPLIFIED_CHINESE, out));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : book) {
                String first = sheet.getRow(0).getCell(0).getStringCellValue();
                assertThat(first).matches(MARK).contains("含居民个人信息")
                        .contains(LocalDate.now(clock).toString());
                assertThat(sheet.getHeader().getCenter()).isEqualTo(first);
                assertThat(sheet.getFooter().getCenter()).isEqualTo(first);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("楼号");
            }
        }
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        as.run("official", () -> households.export(site.compoundId(), Locale.ENGLISH, english));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(english.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("[Download record] Downloaded by official on ");
        }
    }

    @Test
    void everyPageOfTheDoorSlipsSaysWhoPrintedThemAndWhen() throws Exception {
        long project = fresh.completed("水印");
        long compound = fresh.compoundOf(project);
        LocalDate today = LocalDate.now(clock);
        long round = as.as("committee", () -> rounds.create(project, new RoundData(RoundKind.SATISFACTION,
                RoundMethod.QUESTIONNAIRE, compound, ScopeKind.COMPOUND, List.of(), null, today, today.plusDays(10),
                null, Set.of(), "满意度")));
        as.run("committee", () -> codes.issue(round));
        byte[] pdf = as.as("committee", () -> codes.sheet(round));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/door-slips-watermarked.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(doc).replaceAll("\\s+", "")).as("page " + page)
                        .contains("【下载记录】committee于" + today);
            }
        }
    }
}
