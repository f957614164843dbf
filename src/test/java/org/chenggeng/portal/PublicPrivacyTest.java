package org.chenggeng.portal;

import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackModerationService;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.consultation.OnlineFeedbackService;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every public URL the demo data leads to, from each project's public page in both languages, following every
 * link and picture under /p, plus the tracking pages of online feedback sent with a call-back phone, and checks that
 * no household's name, phone, address (building, unit and room), form number or id, and no call-back phone, appears.
 */
@ChenggengTest
class PublicPrivacyTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"(/p/[^\"?#]*)");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;
    @Autowired
    PublicLinks links;
    @Autowired
    OnlineFeedbackService online;
    @Autowired
    FeedbackModerationService moderation;
    @Autowired
    FeedbackService feedback;

    @Test
    void noPublicUrlShowsAnyHouseholdsPersonalDataOrACallBackPhone() throws Exception {
        MockMvcTester mvc = ApiTokens.mvc(context);
        long pilot = PortalSupport.projectId(jdbc, "YYH-2022-01");
        String answeredCode = online.submit(pilot, new OnlineFeedbackService.Submission(FeedbackCategory.LIGHTING,
                "3号楼前的路灯不亮了。", "13900001111"), null);
        String pendingCode = online.submit(pilot, new OnlineFeedbackService.Submission(FeedbackCategory.OTHER,
                "请问什么时候开工？", "13900002222"), null);
        long answeredId = latestOnline(pilot, "3号楼前的路灯不亮了。");
        as.run("committee", () -> {
            moderation.accept(answeredId, 0);
            feedback.startReview(answeredId, 1);
            feedback.decide(answeredId, 2, FeedbackStatus.ADOPTED, null, Set.of());
            feedback.resolve(answeredId, 3, "已报修，三日内修复。", LocalDate.now());
        });

        Deque<String> toVisit = new ArrayDeque<>();
        for (Long id : jdbc.queryForList("select id from project order by id", Long.class)) {
            toVisit.add("/p/" + PortalSupport.slug(as, links, id));
        }
        toVisit.add("/p/track/" + answeredCode);
        toVisit.add("/p/track/" + pendingCode);
        toVisit.add("/p/survey");
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>(toVisit);
        while (!toVisit.isEmpty() && pages.size() < 2_000) {
            String url = toVisit.poll();
            for (String lang : List.of("zh", "en")) {
                var response = mvc.get().uri(url).cookie(new jakarta.servlet.http.Cookie(Views.LANG_COOKIE, lang))
                        .exchange().getResponse();
                String type = response.getContentType() == null ? "" : response.getContentType();
                String body = type.startsWith("image/") ? "" : response.getContentAsString();
                pages.put(url + " [" + lang + "]", body);
                Matcher m = LINK.matcher(body);
                while (m.find()) {
                    if (seen.add(m.group(1))) {
                        toVisit.add(m.group(1));
                    }
                }
            }
        }
        assertThat(pages.keySet()).anyMatch(u -> u.contains("/feedback")).anyMatch(u -> u.startsWith("/p/track"));
        assertThat(pages.get("/p/track/" + answeredCode + " [zh]")).contains("已报修，三日内修复。");
        String pilotPage = pages.get("/p/" + PortalSupport.slug(as, links, pilot) + " [zh]");
        assertThat(pilotPage).contains("3号楼前的路灯不亮了。", "已报修，三日内修复。").doesNotContain("请问什么时候开工？");

        List<String> forbidden = new java.util.ArrayList<>(List.of("13900001111", "13900002222"));
        List<String> ids = new java.util.ArrayList<>();
        jdbc.query("select id, building, unit, room, owner_name, phone from household", rs -> {
            forbidden.add(rs.getString("building") + "-" + rs.getString("unit") + "-" + rs.getString("room"));
            forbidden.add(rs.getString("building") + rs.getString("unit") + rs.getString("room"));
            if (rs.getString("owner_name") != null) {
                forbidden.add(rs.getString("owner_name"));
            }
            if (rs.getString("phone") != null) {
                forbidden.add(rs.getString("phone"));
            }
            ids.add(rs.getString("id"));
        });
        forbidden.addAll(jdbc.queryForList("select form_number from household_response where form_number is not null",
                String.class));
        assertThat(forbidden).hasSizeGreaterThan(1000);
        Pattern idInLink = Pattern.compile("(?:href|src|action)=\"[^\"]*/(\\d+)(?:[/\"?])");
        pages.forEach((url, body) -> {
            for (String f : forbidden) {
                assertThat(body).as(url + " shows " + f).doesNotContain(f);
            }
            Matcher m = idInLink.matcher(body);
            assertThat(m.find()).as(url + " links by a numeric id").isFalse();
        });
        assertThat(ids).isNotEmpty();
    }

    private long latestOnline(long projectId, String content) {
        return jdbc.queryForObject("select max(id) from feedback where project_id = ? and content = ?", Long.class,
                projectId, content);
    }
}
