package org.chenggeng.reporting;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.chenggeng.region.RegionService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word report read back with POI has the layout of an official document (GB/T 9704-2012): the page, margins
 * and grid, the fonts of title, headings, body and page numbers named for every script, the header rows that
 * repeat, and the issuing unit and date at the end. The documents are also left in target/official for a look in
 * LibreOffice.
 */
@ChenggengTest
class OfficialFormatTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ReportExportService exports;
    @Autowired
    RegionService regions;
    @Autowired
    TestUsers as;

    private byte[] street(ExportFormat format) throws Exception {
        return StreetExports.export(exports, regions, as, format, "report");
    }

    @Test
    void thePageIsA4WithTheMarginsAndTheGridOf22LinesOf28Characters() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(street(ExportFormat.DOCX)))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(List.of(sect.getPgMar().getTop(), sect.getPgMar().getBottom(), sect.getPgMar().getLeft(),
                    sect.getPgMar().getRight())).map(v -> Math.round(((BigInteger) v).doubleValue() / 1440 * 25.4))
                    .containsExactly(37L, 35L, 28L, 26L);
            double textHeight = 16838 - twips(sect.getPgMar().getTop()) - twips(sect.getPgMar().getBottom());
            assertThat(Math.floor(textHeight / sect.getDocGrid().getLinePitch().intValue())).isEqualTo(22.0);
            double textWidth = 11906 - twips(sect.getPgMar().getLeft()) - twips(sect.getPgMar().getRight());
            assertThat(sect.getDocGrid().getType().toString()).isEqualTo("lines");
            XWPFRun body = doc.getParagraphs().stream().filter(p -> p.getText().contains("更新中，共")).findFirst()
                    .orElseThrow().getRuns().getFirst();
            double charPitch = body.getFontSizeAsDouble() + body.getCharacterSpacing() / 20.0;
            assertThat(Math.floor(textWidth / 20 / charPitch)).isEqualTo(28.0);
        }
    }

    @Test
    void titleHeadingsAndBodyAreInTheirFontsAndSizesForChineseAndLatinAlike() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(street(ExportFormat.DOCX)))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph title = paragraphs.getFirst();
            assertFont(title.getRuns().getFirst(), "方正小标宋简体", 22);
            XWPFParagraph heading = paragraphs.stream().filter(p -> p.getText().startsWith("一、")).findFirst()
                    .orElseThrow();
            assertThat(heading.getStyle()).isEqualTo("Heading1");
            assertFont(heading.getRuns().getFirst(), "黑体", 16);
            assertThat(paragraphs.stream().map(XWPFParagraph::getText)).contains("二、工作综述");
            XWPFParagraph narrative = paragraphs.stream().filter(p -> p.getText().contains("更新中，共"))
                    .findFirst().orElseThrow();
            assertFont(narrative.getRuns().getFirst(), "仿宋_GB2312", 16);
            assertThat(narrative.getIndentationFirstLine()).isEqualTo(640);
            assertThat(narrative.getSpacingBetween()).isCloseTo(579 / 20.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("楷体_GB2312");
            assertThat(doc.getStyles().getStyle("Heading3").getCTStyle().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("仿宋_GB2312");
            assertThat(paragraphs.get(1).getRuns().getFirst().getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("楷体_GB2312");
        }
    }

    @Test
    void pageNumbersAreDashedInSongtiOnAlternateSidesAndTheIssuerAndDateClose() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(street(ExportFormat.DOCX)))) {
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
            var odd = doc.getFooterArray(0).getParagraphs().getFirst();
            assertThat(odd.getCTP().xmlText()).contains("PAGE");
            assertThat(odd.getText()).startsWith("— ").endsWith(" —");
            assertFont(odd.getRuns().getFirst(), "宋体", 14);
            assertThat(List.of(doc.getFooterArray(0), doc.getFooterArray(1)))
                    .extracting(f -> f.getParagraphs().getFirst().getAlignment().name())
                    .containsExactlyInAnyOrder("RIGHT", "LEFT");
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph date = paragraphs.getLast();
            assertThat(date.getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
            assertThat(date.getIndentationRight()).isEqualTo(4 * 320);
            assertThat(paragraphs.get(paragraphs.size() - 2).getText()).isEqualTo("月牙河街");
            assertThat(doc.getTables()).isNotEmpty().allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
        }
    }

    private static int twips(Object measure) {
        return ((BigInteger) measure).intValue();
    }

    private static void assertFont(XWPFRun run, String font, int size) {
        CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
        assertThat(List.of(fonts.getEastAsia(), fonts.getAscii(), fonts.getHAnsi())).containsOnly(font);
        assertThat(run.getFontSizeAsDouble()).isEqualTo(size);
    }
}
