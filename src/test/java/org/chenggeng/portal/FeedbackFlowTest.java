package org.chenggeng.portal;

import org.chenggeng.consultation.FeedbackModeration;
import org.chenggeng.consultation.FeedbackModerationService;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackService.FeedbackRow;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.evidence.EvidenceFiles;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A resident's feedback through the portal: the form's signed token, the photo checked and re-encoded, the tracking
 * code; the feedback waits for the committee (only the committee sees it and the call-back phone), which takes it up
 * and answers it, and the resident reads the answer by the code; or rejects it as spam with a reason, kept and
 * audited. Bad input is refused with its reason and stores nothing; a token is good for one sending.
 */
@ChenggengTest
class FeedbackFlowTest {

    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([0-9A-Z-]{19})<");
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;
    @Autowired
    PublicLinks links;
    @Autowired
    FeedbackService feedback;
    @Autowired
    FeedbackModerationService moderation;
    @Autowired
    EvidenceService evidence;
    @Autowired
    EvidenceFiles files;

    private MockMvcTester mvc;
    private long pilot;
    private String slug;
    private String address;

    @BeforeEach
    void setUp() throws Exception {
        mvc = ApiTokens.mvc(context);
        pilot = PortalSupport.projectId(jdbc, "YYH-2022-01");
        slug = PortalSupport.slug(as, links, pilot);
        address = "192.0.2." + ADDRESS.incrementAndGet();
    }

    static String token(MvcTestResult form) throws Exception {
        Matcher m = TOKEN.matcher(form.getResponse().getContentAsString());
        assertThat(m.find()).as("the form carries a token").isTrue();
        return m.group(1);
    }

    private MvcTestResult send(String token, String text, String phone, MockMultipartFile photo) {
        var request = mvc.post().uri("/p/" + slug + "/feedback").multipart().param("token", token)
                .param("category", "LIGHTING").param("text", text).param("phone", phone)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (photo != null) {
            request = request.file(photo);
        }
        return request.exchange();
    }

    private String form() throws Exception {
        return token(mvc.get().uri("/p/" + slug + "/feedback").with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).exchange());
    }

    private String freshForm() throws Exception {
        address = "192.0.2." + ADDRESS.incrementAndGet();
        return form();
    }

    @Test
    void aResidentSendsFeedbackWithAPhotoTheCommitteeAnswersAndTheResidentReadsTheAnswerByItsCode() throws Exception {
        // whatever a sender's file carries besides the picture (here text after its end) must not be kept
        byte[] sentBytes = java.util.Arrays.copyOf(SampleFiles.jpeg(2000, 1500, 1401),
                SampleFiles.jpeg(2000, 1500, 1401).length + 32);
        byte[] trailer = "GPS 39.12N 117.25E HIDDEN".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(trailer, 0, sentBytes, sentBytes.length - 32, trailer.length);
        MockMultipartFile photo = new MockMultipartFile("photo", "IMG_0001.jpg", "image/jpeg", sentBytes);
        MvcTestResult sent = send(form(), "5号楼北侧路灯坏了，晚上很黑。", "13700009999", photo);

        assertThat(sent).hasStatusOk();
        Matcher m = CODE.matcher(sent.getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        String code = m.group(1);
        assertThat(mvc.get().uri("/p/track/" + code).exchange().getResponse().getContentAsString())
                .contains("5号楼北侧路灯坏了", "待居委会审核");
        String typed = code.toLowerCase().replace("-", "");
        assertThat(mvc.get().uri("/p/track?code=" + typed).exchange()).hasStatus(303)
                .headers().hasValue("Location", "/p/track/" + typed);
        assertThat(mvc.get().uri("/p/track/" + typed).exchange())
                .hasStatusOk().bodyText().contains("待居委会审核");

        FeedbackRow row = as.as("committee", () -> feedback.list(pilot)).stream()
                .filter(f -> f.content().startsWith("5号楼北侧路灯坏了")).findFirst().orElseThrow();
        assertThat(row.moderation()).isEqualTo(FeedbackModeration.PENDING);
        assertThat(row.channel().name()).isEqualTo("ONLINE");
        assertThat(row.callbackPhone()).isEqualTo("13700009999");
        assertThat(row.household()).isNull();
        var photos = as.as("committee", () -> evidence.of(OwnerType.FEEDBACK, row.id()));
        assertThat(photos).singleElement().satisfies(p -> {
            assertThat(p.width()).as("re-encoded at the display size").isEqualTo(1600);
            assertThat(p.type().name()).isEqualTo("JPEG");
            assertThat(p.latitude()).isNull();
            assertThat(p.uploadedBy()).isEqualTo("portal");
        });
        byte[] kept = as.as("committee", () -> {
            try (var in = files.open(photos.getFirst().token(), EvidenceFiles.Variant.ORIGINAL).content()) {
                return in.readAllBytes();
            }
        });
        assertThat(new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("HIDDEN");
        assertThat(kept).isNotEqualTo(sentBytes);
        assertThat(as.as("pm", () -> feedback.list(pilot))).as("the project manager does not see it yet")
                .noneMatch(f -> f.id().equals(row.id()));
        assertThatThrownBy(() -> as.run("committee", () -> feedback.startReview(row.id(), row.version())))
                .isInstanceOf(DomainException.class);

        as.run("committee", () -> {
            moderation.accept(row.id(), row.version());
            feedback.startReview(row.id(), row.version() + 1);
            feedback.decide(row.id(), row.version() + 2, FeedbackStatus.ADOPTED, null, Set.of());
            feedback.resolve(row.id(), row.version() + 3, "已更换灯具，今晚起正常照明。", LocalDate.now());
        });
        assertThat(as.as("pm", () -> feedback.list(pilot))).filteredOn(f -> f.id().equals(row.id()))
                .singleElement().satisfies(f -> assertThat(f.callbackPhone()).isNull());
        assertThat(mvc.get().uri("/p/track/" + code).exchange().getResponse().getContentAsString())
                .contains("已更换灯具，今晚起正常照明。", "已办结".substring(0, 1));
        assertThat(mvc.get().uri("/p/" + slug).exchange().getResponse().getContentAsString())
                .contains("5号楼北侧路灯坏了", "已更换灯具").doesNotContain("13700009999");
    }

    @Test
    void theCommitteeRejectsSpamWithAReasonKeptAndAuditedAndOthersMayNotModerate() throws Exception {
        MvcTestResult sent = send(form(), "免费领取优惠券，点击链接！", null, null);
        Matcher m = CODE.matcher(sent.getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        FeedbackRow row = as.as("committee", () -> feedback.list(pilot)).stream()
                .filter(f -> f.content().startsWith("免费领取优惠券")).findFirst().orElseThrow();
        int before = as.as("committee", () -> feedback.summary(pilot)).received();

        assertThatThrownBy(() -> as.run("official", () -> moderation.reject(row.id(), row.version(), "广告")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("committee", () -> moderation.reject(row.id(), row.version(), " ")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey())
                        .isEqualTo("feedback.error.rejectReasonRequired"));
        as.run("committee", () -> moderation.reject(row.id(), row.version(), "广告信息"));

        FeedbackRow rejected = as.as("committee", () -> feedback.list(pilot)).stream()
                .filter(f -> f.id().equals(row.id())).findFirst().orElseThrow();
        assertThat(rejected.moderation()).isEqualTo(FeedbackModeration.REJECTED);
        assertThat(rejected.moderationReason()).isEqualTo("广告信息");
        assertThat(as.as("committee", () -> feedback.summary(pilot)).received()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'FEEDBACK'"
                + " and entity_id = ? and action = 'REJECT_SPAM'", Integer.class, String.valueOf(row.id()))).isOne();
        assertThat(jdbc.queryForObject("select actor from audit_entry where entity_type = 'FEEDBACK'"
                + " and entity_id = ? and action = 'CREATE'", String.class, String.valueOf(row.id())))
                .as("a resident's sending is audited as the portal's").isEqualTo("portal");
        assertThat(mvc.get().uri("/p/track/" + m.group(1)).exchange().getResponse().getContentAsString())
                .contains("未予受理", "广告信息");
        assertThatThrownBy(() -> as.run("committee", () -> moderation.accept(row.id(), row.version() + 1)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        int feedbackBefore = jdbc.queryForObject("select count(*) from feedback", Integer.class);

        // each from an address of its own, so that none of them meets the challenge
        assertThat(send(freshForm(), "", null, null)).hasStatus(422).bodyText().contains("请填写意见内容");
        assertThat(send(freshForm(), "x".repeat(1001), null, null)).hasStatus(422).bodyText().contains("1,000");
        assertThat(send(freshForm(), "电话不对", "call me", null)).hasStatus(422).bodyText().contains("联系电话格式不对");
        MockMultipartFile notAPhoto = new MockMultipartFile("photo", "photo.jpg", "image/jpeg",
                "<html>not a photo</html>".getBytes());
        assertThat(send(freshForm(), "照片是假的", null, notAPhoto)).hasStatus(422);
        assertThat(send("forged.token", "伪造的表单", null, null)).hasStatus(422).bodyText().contains("表单已失效");

        assertThat(jdbc.queryForObject("select count(*) from feedback", Integer.class)).isEqualTo(feedbackBefore);
    }

    @Test
    void aFormIsSentOnceAndATokenForAnotherProjectIsRefused() throws Exception {
        String token = form();
        assertThat(send(token, "第一次提交", null, null)).hasStatusOk();
        assertThat(send(token, "同一表单再次提交", null, null)).hasStatus(422).bodyText().contains("已经提交过");

        long fumin = PortalSupport.projectId(jdbc, "YYH-2024-01");
        String other = token(mvc.get().uri("/p/" + PortalSupport.slug(as, links, fumin) + "/feedback").exchange());
        assertThat(send(other, "别的项目的表单", null, null)).hasStatus(422);
    }
}
