package org.chenggeng.portal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chenggeng.notice.NoticeReadService;
import org.chenggeng.notice.PublicNotice;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.pdf.Poster;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notice-board posters (issue 14): the project's facts and contacts and each published notice's text, in the
 * reader's language, with a QR code that opens the project's public page, read back from the rendered page; public
 * data only; printed only by someone who can see the project.
 */
@ChenggengTest
class PostersTest {

    private static final String BASE = "https://cg.example.gov.cn/";

    @Autowired
    Posters posters;
    @Autowired
    PublicLinks links;
    @Autowired
    NoticeReadService notices;
    @Autowired
    TestUsers as;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProjectPosterCarriesItsFactsAndContactsAndItsCodeOpensThePublicPage() throws Exception {
        long pilot = PortalSupport.projectId(jdbc, "YYH-2022-01");
        String slug = as.as("official", () -> links.slugOf(pilot));
        byte[] pdf = as.as("official", () -> posters.project(pilot, Poster.Paper.A4, Locale.SIMPLIFIED_CHINESE, BASE));
        keep("project-a4.pdf", pdf);
        String unit = jdbc.queryForObject("select implementing_unit from project where id = ?", String.class, pilot);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(doc);
            assertThat(text).contains("项目公示牌", "靖江东里小区城市更新改造", "靖江东里", flatten(unit), "改造内容",
                    "联系方式", "扫码查看工程进展");
            assertThat(decode(doc)).isEqualTo("https://cg.example.gov.cn/p/" + slug);
            List<String> names = jdbc.queryForList("select owner_name from household h join compound c on "
                    + "c.id = h.compound_id where c.name = '靖江东里' and owner_name is not null", String.class);
            assertThat(names).isNotEmpty();
            assertThat(names.stream().limit(200)).allSatisfy(n -> assertThat(text).doesNotContain(flatten(n)));
        }
        try (PDDocument doc = Loader.loadPDF(as.as("official",
                () -> posters.project(pilot, Poster.Paper.A3, Locale.ENGLISH, BASE)))) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isGreaterThan(1190f);
            assertThat(flat(doc)).contains("PROJECTNOTICE", "Implementingunit", "Contacts");
            assertThat(decode(doc)).isEqualTo("https://cg.example.gov.cn/p/" + slug);
        }
    }

    @Test
    void aPublishedNoticesPosterCarriesItsTitlePeriodAndText() throws Exception {
        long pilot = PortalSupport.projectId(jdbc, "YYH-2022-01");
        PublicNotice notice = notices.publicNotices(pilot).getFirst();
        byte[] pdf = as.as("official", () -> posters.notice(pilot, notice.id(), Poster.Paper.A4,
                Locale.SIMPLIFIED_CHINESE, BASE));
        keep("notice-a4.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(doc);
            assertThat(text).contains("公示", flatten(notice.title()), "公示期", "靖江东里小区城市更新改造",
                    flatten(notice.body()).substring(0, 20));
            assertThat(decode(doc)).isEqualTo("https://cg.example.gov.cn/p/" + as.as("official",
                    () -> links.slugOf(pilot)));
        }
    }

    @Test
    void noPosterForAProjectOutsideTheScopeNorForANoticeOfAnotherProject() throws Exception {
        long notTheirs = jdbc.queryForObject("select min(p.id) from project p where p.code not in "
                + "('YYH-2022-01', 'YYH-2024-01')", Long.class);
        assertThatThrownBy(() -> as.as("pm", () -> posters.project(notTheirs, Poster.Paper.A4, Locale.CHINA, BASE)))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        long pilot = PortalSupport.projectId(jdbc, "YYH-2022-01");
        long other = PortalSupport.projectId(jdbc, "YYH-2024-01");
        List<PublicNotice> ofOther = notices.publicNotices(other);
        assertThat(ofOther).isNotEmpty();
        assertThatThrownBy(() -> as.as("official", () -> posters.notice(pilot, ofOther.getFirst().id(),
                Poster.Paper.A4, Locale.CHINA, BASE))).isInstanceOf(NotFoundException.class);
    }

    /** Leaves the poster under target/posters for a person to look at. */
    private static void keep(String name, byte[] pdf) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "posters");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), pdf);
    }

    private static String flat(PDDocument doc) throws Exception {
        return flatten(new PDFTextStripper().getText(doc));
    }

    private static String flatten(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private static String decode(PDDocument doc) throws Exception {
        var image = new PDFRenderer(doc).renderImageWithDPI(0, 100);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
