package org.chenggeng.portal;

import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Receiving;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.notice.NoticeData;
import org.chenggeng.notice.NoticeKind;
import org.chenggeng.notice.NoticeService;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published notices on a project's public page, with their periods; while a notice's period runs, a resident
 * objects to it through the portal's form (signed for that very notice) and gets a tracking code; an ended notice
 * takes none.
 */
@ChenggengTest
class NoticeOnPortalTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;
    @Autowired
    PublicLinks links;
    @Autowired
    NoticeService notices;
    @Autowired
    java.time.Clock clock;
    @Autowired
    EvidenceService evidence;

    @Test
    void aRunningNoticeIsShownAndTakesAnObjectionWithATrackingCodeAndAnEndedOneTakesNone() throws Exception {
        MockMvcTester mvc = ApiTokens.mvc(context);
        long consulting = jdbc.queryForObject("select min(p.id) from project p join notice n on n.project_id = p.id"
                + " where p.status = 'CONSULTING'", Long.class);
        String slug = PortalSupport.slug(as, links, consulting);
        String page = mvc.get().uri("/p/" + slug).exchange().getResponse().getContentAsString();
        assertThat(page).contains("id=\"notices\"", "实施方案公示（示例）", "公示中", "对此公示提出异议");

        MvcTestResult form = mvc.get().uri("/p/" + slug + "/feedback?notice=1").with(r -> {
            r.setRemoteAddr("198.51.100.40");
            return r;
        }).exchange();
        assertThat(form.getResponse().getContentAsString()).contains("对公示提出异议", "异议针对：")
                .doesNotContain("name=\"photo\"");
        MvcTestResult sent = mvc.post().uri("/p/" + slug + "/feedback").multipart()
                .param("token", FeedbackFlowTest.token(form)).param("notice", "1").param("category", "OTHER")
                .param("text", "停车位规划离3号楼太近。").with(r -> {
                    r.setRemoteAddr("198.51.100.40");
                    return r;
                }).exchange();
        assertThat(sent).hasStatusOk();
        Matcher code = FeedbackFlowTest.CODE.matcher(sent.getResponse().getContentAsString());
        assertThat(code.find()).isTrue();
        Long feedbackId = jdbc.queryForObject("select max(f.id) from feedback f join notice_objection o"
                + " on o.feedback_id = f.id where f.project_id = ?", Long.class, consulting);
        assertThat(jdbc.queryForObject("select content from feedback where id = ?", String.class, feedbackId))
                .contains("异议", "停车位规划离3号楼太近。");
        assertThat(mvc.get().uri("/p/track/" + code.group(1)).exchange().getResponse().getContentAsString())
                .contains("停车位规划离3号楼太近。");

        MvcTestResult wrongNotice = mvc.post().uri("/p/" + slug + "/feedback").multipart()
                .param("token", FeedbackFlowTest.token(form)).param("category", "OTHER").param("text", "换个地方提交")
                .with(r -> {
                    r.setRemoteAddr("198.51.100.41");
                    return r;
                }).exchange();
        assertThat(wrongNotice).as("an objection's token is not a plain feedback's").hasStatus(422);

        long pilot = PortalSupport.projectId(jdbc, "YYH-2022-01");
        String pilotSlug = PortalSupport.slug(as, links, pilot);
        assertThat(mvc.get().uri("/p/" + pilotSlug).exchange().getResponse().getContentAsString())
                .contains("公示期满").doesNotContain("对此公示提出异议");
        assertThat(mvc.get().uri("/p/" + pilotSlug + "/feedback?notice=1").exchange()).hasStatus(404);
    }

    @Test
    void aPublishedNoticesFilesAreListedAndOpenWithoutASessionAndAWithdrawnNoticesNoLonger() throws Exception {
        MockMvcTester mvc = ApiTokens.mvc(context);
        long fumin = PortalSupport.projectId(jdbc, "YYH-2024-01");
        String slug = PortalSupport.slug(as, links, fumin);
        byte[] pdf = SampleFiles.pdf();
        LocalDate today = LocalDate.now(clock);
        long id = as.as("official", () -> notices.draft(fumin, new NoticeData(NoticeKind.OTHER, "停车位调整公示（附图）",
                "停车位调整方案见附件平面图。", today, today.plusDays(6))));
        as.run("official", () -> evidence.attach(new AttachRequest(OwnerType.NOTICE, id, null, null, null, false),
                Receiving.toTemporaryFile(new ByteArrayInputStream(pdf), pdf.length, 10_000_000), "停车位平面图.pdf"));
        String draftPage = mvc.get().uri("/p/" + slug).exchange().getResponse().getContentAsString();
        assertThat(draftPage).doesNotContain("停车位调整公示（附图）", "停车位平面图.pdf");

        as.run("official", () -> notices.publish(id, notices.get(id).version()));
        String page = mvc.get().uri("/p/" + slug).exchange().getResponse().getContentAsString();
        Matcher link = Pattern.compile("href=\"(/p/" + slug + "/file\\?notice=\\d+&amp;n=1)\">停车位平面图\\.pdf</a>")
                .matcher(page);
        assertThat(link.find()).as("the notice lists its file").isTrue();
        String url = link.group(1).replace("&amp;", "&");
        MvcTestResult file = mvc.get().uri(url).exchange();
        assertThat(file).hasStatusOk().hasContentType("application/pdf");
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(file.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(file.getRequest().getSession(false)).isNull();
        assertThat(mvc.get().uri(url.replace("n=1", "n=2")).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/p/" + slug + "/file?notice=99&n=1").exchange()).hasStatus(404);

        as.run("official", () -> notices.withdraw(id, notices.get(id).version(), "附图有误"));
        assertThat(mvc.get().uri("/p/" + slug).exchange().getResponse().getContentAsString())
                .doesNotContain("停车位平面图.pdf");
        assertThat(mvc.get().uri(url).exchange()).as("no other notice of the demo has files").hasStatus(404);
    }
}
