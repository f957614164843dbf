package org.chenggeng.reporting;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The page of an official document (党政机关公文格式, GB/T 9704-2012) in Word: A4, margins 37 mm top, 35 mm bottom,
 * 28 mm left and 26 mm right, a grid of 22 lines of 28 characters, the body in 仿宋_GB2312 三号, the title in
 * 方正小标宋简体 二号, headings in 黑体, 楷体_GB2312 and 仿宋_GB2312 (bold), and page numbers "— 1 —" in 宋体 四号
 * below the text, odd pages on the right and even pages on the left, each one character in. The fonts are named,
 * not shipped: they are the ones an office's Windows machine has. Every run names its font for East Asian and for
 * Latin text alike, so digits and Latin letters come out in the font of the Chinese around them.
 */
final class OfficialDocx {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING1_FONT = "黑体";
    static final String HEADING2_FONT = "楷体_GB2312";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    /** Points: 二号 (title), 三号 (body and headings), 四号 (page numbers, tables). */
    static final int TITLE_SIZE = 22;
    static final int BODY_SIZE = 16;
    static final int SMALL_SIZE = 14;
    /** Twentieths of a point. A4, the margins, and the line pitch of 22 lines in the 225 mm text height. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    static final int LINE_PITCH = 579;
    /**
     * 28 characters of 三号 in the 156 mm text width are 15.79 pt each: body text is condensed by this many
     * twentieths of a point. Condensed runs rather than Word's character grid, because LibreOffice (and WPS) put a
     * glyph wider than a grid cell into two cells and the lines come out 14 characters long.
     */
    static final int CONDENSED = -5;
    /** One character of the body, in twentieths of a point. */
    static final int CHAR = BODY_SIZE * 20;

    private OfficialDocx() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }

    /** Page size, margins, the character grid, the default font, the heading styles and the page numbers. */
    static void setUp(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        margins.setFooter(BigInteger.valueOf(mm(20)));
        var grid = sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        styles(doc);
        doc.setEvenAndOddHeadings(true);
        pageNumbers(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumbers(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        name(defaults, BODY_FONT);
        styles.setDefaultFonts(defaults);
        CTRPr defaultRun = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        defaultRun.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        defaultRun.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        styles.setEastAsia("zh-CN");
        styles.addStyle(style("Normal", "Normal", BODY_FONT, BODY_SIZE, false));
        styles.addStyle(style("Title", "Title", TITLE_FONT, TITLE_SIZE, false));
        styles.addStyle(style("Heading1", "heading 1", HEADING1_FONT, BODY_SIZE, false));
        styles.addStyle(style("Heading2", "heading 2", HEADING2_FONT, BODY_SIZE, false));
        styles.addStyle(style("Heading3", "heading 3", BODY_FONT, BODY_SIZE, true));
    }

    private static XWPFStyle style(String id, String name, String font, int size, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (id.equals("Normal")) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal("Normal");
        }
        style.addNewQFormat();
        if (id.startsWith("Heading")) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(id.charAt(7) - '1'));
        }
        CTRPr run = style.addNewRPr();
        name(run.addNewRFonts(), font);
        run.addNewSz().setVal(BigInteger.valueOf(size * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
        if (bold) {
            run.addNewB();
        }
        return new XWPFStyle(style);
    }

    private static void pageNumbers(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(SMALL_SIZE * 20);
        } else {
            p.setIndentationLeft(SMALL_SIZE * 20);
        }
        run(p, "— ", PAGE_NUMBER_FONT, SMALL_SIZE, false);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        var number = field.addNewR();
        CTRPr rpr = number.addNewRPr();
        name(rpr.addNewRFonts(), PAGE_NUMBER_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(SMALL_SIZE * 2L));
        number.addNewT().setStringValue("1");
        run(p, " —", PAGE_NUMBER_FONT, SMALL_SIZE, false);
    }

    /** A paragraph on the grid: exactly one grid line per line of text. */
    static void onGrid(XWPFParagraph p) {
        CTSpacing spacing = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSpacing()
                ? p.getCTP().getPPr().getSpacing()
                : (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewSpacing();
        spacing.setLine(BigInteger.valueOf(LINE_PITCH));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
    }

    /** A run of body text, condensed so that 28 characters fill a line. */
    static XWPFRun body(XWPFParagraph paragraph, String text, String font) {
        XWPFRun run = run(paragraph, text, font, BODY_SIZE, false);
        run.setCharacterSpacing(CONDENSED);
        return run;
    }

    /** A paragraph off the line grid, at single spacing: table cells. */
    static void offGrid(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
    }

    /** A run of text in {@code font} for every script, at {@code size} points. */
    static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        name(rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts(), font);
        return run;
    }

    private static void name(CTFonts fonts, String font) {
        fonts.setEastAsia(font);
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
    }
}
