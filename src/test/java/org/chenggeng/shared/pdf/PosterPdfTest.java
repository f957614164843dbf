package org.chenggeng.shared.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PosterPdfTest {

    private static final String URL = "https://chenggeng.example.gov.cn/p/Qm3xT9vLr2KpWc8ZyN4hJA";

    private static Poster poster(Poster.Paper paper, String text) {
        return new Poster(paper, "公示", "靖江东里小区老旧小区改造工程", "方案公示 · 2022年3月1日至2022年3月7日",
                List.of(new Poster.Line("实施单位", "天津市河东区房屋修缮工程有限公司"),
                        new Poster.Line("改造内容", "屋面防水 12,800 m²，外墙保温 21,500 m²，雨污分流 1,742 米"),
                        new Poster.Line("计划工期", "2022年3月至2022年11月")),
                text, List.of(new Poster.Line("月牙河街道城市管理办公室", "022-2415 0000"),
                        new Poster.Line("靖江东里社区居委会", "022-2416 0000")), "联系人",
                URL, "扫码查看工程进展、公示全文，提出意见和建议", "月牙河街道办事处　2022年3月1日");
    }

    @Test
    void theA4PosterSaysItsFactsInChineseAndItsCodeOpensTheAddress() throws Exception {
        byte[] pdf = PosterPdf.write(poster(Poster.Paper.A4, "为改善居住条件，现将改造方案予以公示。\n公示期内如有异议，请扫码反映。"));
        keep("poster-a4.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u3000]+", "");
            assertThat(text).contains("公示", "靖江东里小区老旧小区改造工程", "天津市河东区房屋修缮工程有限公司",
                    "雨污分流1,742米", "现将改造方案予以公示", "月牙河街道城市管理办公室022-24150000",
                    "扫码查看工程进展", "月牙河街道办事处2022年3月1日").doesNotContain("?");
            assertThat(decode(doc, 100)).isEqualTo(URL);
        }
    }

    @Test
    void theA3PosterIsTheSameBoardLargerAndItsCodeStillReads() throws Exception {
        try (PDDocument doc = Loader.loadPDF(PosterPdf.write(poster(Poster.Paper.A3, "方案公示。")))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(841.89f,
                    org.assertj.core.data.Offset.offset(0.1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(1190.55f,
                    org.assertj.core.data.Offset.offset(0.1f));
            assertThat(decode(doc, 72)).isEqualTo(URL);
        }
    }

    @Test
    void aTextLongerThanThePageEndsWithAnEllipsisAndLeavesTheCodeAlone() throws Exception {
        String longText = "公示期内，居民可通过扫码或到社区居委会提出意见。".repeat(120);
        try (PDDocument doc = Loader.loadPDF(PosterPdf.write(poster(Poster.Paper.A4, longText)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("……");
            assertThat(text.replaceAll("[\\s\\u3000]+", "").length()).isLessThan(longText.length());
            assertThat(decode(doc, 100)).isEqualTo(URL);
        }
    }

    @Test
    void anAddressTooLongForACodeIsRefused() {
        assertThatThrownBy(() -> PosterPdf.write(new Poster(Poster.Paper.A4, "公示", "t", "", List.of(), "",
                List.of(), "", "https://x/" + "a".repeat(5000), "", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Leaves the poster under target/ for a person to look at. */
    private static void keep(String name, byte[] pdf) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "posters");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), pdf);
    }

    private static String decode(PDDocument doc, int dpi) throws Exception {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
