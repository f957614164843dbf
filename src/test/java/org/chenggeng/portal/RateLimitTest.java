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
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms' limits from one address (5 an hour by default): from half of it on, the form asks a sum, which a wrong
 * or missing answer fails; past it the answer is 429 with Retry-After, whatever X-Forwarded-For the client claims (it
 * is believed only from a configured proxy), while another address still sends. Tracking lookups are limited too.
 */
@ChenggengTest
class RateLimitTest {

    private static final Pattern SUM = Pattern.compile("请计算：(\\d+) \\+ (\\d+) = \\?");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;
    @Autowired
    PublicLinks links;

    private MockMvcTester mvc;
    private String slug;

    private MvcTestResult form(String address) {
        return mvc.get().uri("/p/" + slug + "/feedback").with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).exchange();
    }

    private MvcTestResult send(String address, String token, String answer, String forwardedFor) {
        return mvc.post().uri("/p/" + slug + "/feedback").multipart().param("token", token)
                .param("category", "OTHER").param("text", "限流测试").param("answer", answer)
                .header("X-Forwarded-For", forwardedFor)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }).exchange();
    }

    @Test
    void fromHalfTheLimitOnTheFormAsksASumAndPastItTheAddressIsRefused() throws Exception {
        mvc = ApiTokens.mvc(context);
        slug = PortalSupport.slug(as, links, PortalSupport.projectId(jdbc, "YYH-2024-01"));
        String address = "198.51.100.7";

        for (int i = 0; i < 3; i++) {
            MvcTestResult form = form(address);
            assertThat(form.getResponse().getContentAsString()).doesNotContain("请计算");
            assertThat(send(address, FeedbackFlowTest.token(form), null, "203.0.113." + i)).hasStatusOk();
        }
        MvcTestResult challenged = form(address);
        Matcher sum = SUM.matcher(challenged.getResponse().getContentAsString());
        assertThat(sum.find()).as("the form now asks a sum").isTrue();
        assertThat(send(address, FeedbackFlowTest.token(challenged), null, null)).hasStatus(422)
                .bodyText().contains("算术题答案不对");

        for (int i = 0; i < 2; i++) {
            MvcTestResult form = form(address);
            Matcher m = SUM.matcher(form.getResponse().getContentAsString());
            assertThat(m.find()).isTrue();
            String answer = String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
            assertThat(send(address, FeedbackFlowTest.token(form), answer, null)).hasStatusOk();
        }
        MvcTestResult form = form(address);
        Matcher m = SUM.matcher(form.getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        String answer = String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
        MvcTestResult refused = send(address, FeedbackFlowTest.token(form), answer, "203.0.113.99");
        assertThat(refused).hasStatus(429);
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 3600L);

        MvcTestResult elsewhere = form("198.51.100.8");
        assertThat(send("198.51.100.8", FeedbackFlowTest.token(elsewhere), null, null)).hasStatusOk();
    }

    @Test
    void trackingLookupsFromOneAddressAreLimited() {
        mvc = ApiTokens.mvc(context);
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            int status = mvc.get().uri("/p/track/ABCD-EFGH-JKMN-PQR" + (i % 10)).with(r -> {
                r.setRemoteAddr("198.51.100.20");
                return r;
            }).exchange().getResponse().getStatus();
            if (status == 429) {
                refused++;
            } else {
                answered++;
            }
        }
        assertThat(answered).isEqualTo(30);
        assertThat(refused).isEqualTo(10);
    }
}
