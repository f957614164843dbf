package org.chenggeng.portal;

import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.Receiving;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project's public page (decision 0024): its public facts, works and progress, the consent result as figures, the
 * contacts without names, answered feedback; no session for any visit; cacheable with an ETag; English on asking;
 * an unknown or malformed slug is a small 404; only photos an official marked public appear, through a URL of their
 * own that opens the re-encoded renditions and nothing else.
 */
@ChenggengTest
class PublicPageTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;
    @Autowired
    PublicLinks links;
    @Autowired
    EvidenceService evidence;

    private MockMvcTester mvc;
    private long pilot;
    private String slug;

    @BeforeEach
    void setUp() throws Exception {
        mvc = ApiTokens.mvc(context);
        pilot = PortalSupport.projectId(jdbc, "YYH-2022-01");
        slug = PortalSupport.slug(as, links, pilot);
    }

    @Test
    void theSlugIsRandomUrlSafeAndStableAndNoProjectIdIsInThePage() throws Exception {
        assertThat(slug).matches("[A-Za-z0-9_-]{22}");
        assertThat(PortalSupport.slug(as, links, pilot)).isEqualTo(slug);
        long other = PortalSupport.projectId(jdbc, "YYH-2024-01");
        assertThat(PortalSupport.slug(as, links, other)).isNotEqualTo(slug);

        String html = mvc.get().uri("/p/" + slug).exchange().getResponse().getContentAsString();
        assertThat(html).doesNotContainPattern("href=\"[^\"]*/" + pilot + "(/|\")")
                .doesNotContain("projects/" + pilot);
    }

    @Test
    void thePilotsPageShowsItsFactsWorksConsentContactsAndAnsweredFeedbackInChinese() throws Exception {
        MvcTestResult page = mvc.get().uri("/p/" + slug).exchange();

        assertThat(page).hasStatusOk().hasContentTypeCompatibleWith("text/html");
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"zh-CN\">", "靖江东里小区城市更新改造", "靖江东里", "实施单位",
                "改造内容与进度", "米", "居民意见征询结果", "民法典第二百七十八条", "通过", "联系方式",
                "天津城投集团城市更新公司工程管理部", "022-2400-0000", "已答复的居民意见", "我要反映意见");
        assertThat(html).as("members' names stay off the page").doesNotContain("刘建军", "孙丽", "周明");
        assertThat(html).as("no Vaadin client").doesNotContain("VAADIN", "vaadin-");
        assertThat(page.getResponse().getContentAsByteArray().length).as("a small page").isLessThan(60_000);
    }

    @Test
    void noVisitCreatesASessionOrSetsASessionCookie() throws Exception {
        for (String url : new String[]{"/p/" + slug, "/p/" + slug + "?lang=en", "/p/" + slug + "/feedback",
                "/p/track", "/p/track/ABCD-EFGH-JKMN-PQRS", "/p/survey", "/p/assets/portal.css",
                "/p/assets/icon.svg", "/p/nothing-here"}) {
            MvcTestResult visit = mvc.get().uri(url).exchange();
            assertThat(visit.getRequest().getSession(false)).as(url).isNull();
            assertThat(visit.getResponse().getHeaders("Set-Cookie")).as(url)
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void thePageIsCacheableWithAnEtagAndAnUnchangedPageIsAnswered304() throws Exception {
        MvcTestResult first = mvc.get().uri("/p/" + slug).exchange();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.getResponse().getHeader("Cache-Control")).contains("public").contains("max-age=30");

        MvcTestResult again = mvc.get().uri("/p/" + slug).header("If-None-Match", etag).exchange();
        assertThat(again).hasStatus(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void englishIsChosenByTheSwitchAndRememberedInACookieNotASession() throws Exception {
        MvcTestResult switched = mvc.get().uri("/p/" + slug + "?lang=en").exchange();
        assertThat(switched.getResponse().getContentAsString()).contains("<html lang=\"en\">", "Works and progress",
                "Residents' consultation result", "Give feedback");
        assertThat(switched.getResponse().getHeader("Set-Cookie")).startsWith(Views.LANG_COOKIE + "=en");
        assertThat(switched.getResponse().getHeader("Cache-Control")).contains("private");

        MvcTestResult remembered = mvc.get().uri("/p/" + slug)
                .cookie(new jakarta.servlet.http.Cookie(Views.LANG_COOKIE, "en")).exchange();
        assertThat(remembered.getResponse().getContentAsString()).contains("Works and progress");
        assertThat(mvc.get().uri("/p/" + slug).exchange().getResponse().getContentAsString())
                .contains("改造内容与进度");
    }

    @Test
    void anUnknownOrMalformedSlugIsASmall404() throws Exception {
        assertThat(mvc.get().uri("/p/AAAAAAAAAAAAAAAAAAAAAA").exchange()).hasStatus(404).bodyText().contains("页面不存在");
        assertThat(mvc.get().uri("/p/" + pilot).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/p/AAAAAAAAAAAAAAAAAAAAAA/feedback").exchange()).hasStatus(404);
    }

    @Test
    void onlyAPhotoAnOfficialMarksPublicAppearsAndItsUrlOpensTheRenditionsOnly() throws Exception {
        long fumin = PortalSupport.projectId(jdbc, "YYH-2024-01");
        String fuminSlug = PortalSupport.slug(as, links, fumin);
        AttachmentRow photo = as.as("official", () -> evidence.attach(AttachRequest.photo(OwnerType.PROJECT, fumin,
                Phase.BEFORE), Receiving.toTemporaryFile(new ByteArrayInputStream(SampleFiles.jpeg(1200, 900, 2401)),
                -1, 20_000_000), "IMG_GATE.jpg"));
        assertThat(mvc.get().uri("/p/" + fuminSlug).exchange().getResponse().getContentAsString())
                .doesNotContain("/p/photo/");

        assertThatThrownBy(() -> as.run("pm", () -> evidence.setPublic(photo.token(), true)))
                .isInstanceOf(AccessDeniedException.class);
        as.run("official", () -> evidence.setPublic(photo.token(), true));
        String html = mvc.get().uri("/p/" + fuminSlug).exchange().getResponse().getContentAsString();
        assertThat(html).contains("施工前照片".substring(0, 3)).doesNotContain(photo.token(), "IMG_GATE");
        String token = html.replaceAll("(?s).*?/p/photo/([A-Za-z0-9_-]{32})/thumb.*", "$1");
        assertThat(token).hasSize(32).isNotEqualTo(photo.token());

        MvcTestResult thumb = mvc.get().uri("/p/photo/" + token + "/thumb").exchange();
        assertThat(thumb).hasStatusOk().hasContentType("image/jpeg");
        byte[] jpeg = thumb.getResponse().getContentAsByteArray();
        assertThat(new String(jpeg, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(mvc.get().uri("/p/photo/" + token + "/display").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/p/photo/" + token + "/original").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/p/photo/" + photo.token() + "/thumb").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/files/" + token).exchange().getResponse().getStatus()).isNotEqualTo(200);

        as.run("official", () -> evidence.setPublic(photo.token(), false));
        assertThat(mvc.get().uri("/p/photo/" + token + "/thumb").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/p/" + fuminSlug).exchange().getResponse().getContentAsString())
                .doesNotContain("/p/photo/");
    }
}
