package org.chenggeng.portal;

import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.util.regex.Matcher;

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
}
