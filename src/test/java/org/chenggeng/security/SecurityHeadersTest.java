package org.chenggeng.security;

import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.Receiving;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The response headers over real HTTP, per chain: a Vaadin page (the login view's bootstrap page and a redirect to
 * it), a public page, the JSON API and the actuator's health. HSTS and the cookie's {@code Secure} come only with
 * HTTPS, here as a configured proxy (127.0.0.2) reports it with {@code X-Forwarded-Proto}; the same header sent by
 * anyone else changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127.0.0.2/32")
@ActiveProfiles({"demo", "test"})
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    WebApplicationContext context;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;

    @Test
    void theLoginPageHasVaadinsPolicyAndASessionCookieForScriptsOfNoOneAndNoOtherSite() throws Exception {
        HttpResponse<String> login = get(direct(), "/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html");
        assertCommon(login.headers(), SecurityHeaders.APP_POLICY, "same-origin");
        assertThat(login.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();

        String cookie = sessionCookie(login.headers());
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void overHttpsThroughTheProxyPagesCarryHstsAndTheCookieIsSecure() throws Exception {
        HttpResponse<String> login = get(client("127.0.0.2"), "/login", "https");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(sessionCookie(login.headers())).contains("Secure").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> redirect = get(client("127.0.0.2"), "/dashboard", "https");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertCommon(redirect.headers(), SecurityHeaders.APP_POLICY, "same-origin");
        assertThat(redirect.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void httpsClaimedByAnAddressThatIsNoProxyEarnsNeitherHstsNorASecureCookie() throws Exception {
        HttpResponse<String> login = get(direct(), "/login", "https");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(login.headers())).doesNotContain("Secure");
    }

    @Test
    void publicPagesHaveTheStrictPolicyNoReferrerAndNoSession() throws Exception {
        HttpResponse<String> portal = get(direct(), "/p/track", null);
        assertThat(portal.statusCode()).isEqualTo(200);
        assertCommon(portal.headers(), SecurityHeaders.PORTAL_POLICY, "no-referrer");
        assertThat(portal.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> secure = get(client("127.0.0.2"), "/p/track", "https");
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void theApiAndHealthAnswerDataThatABrowserMayNotRenderAsAPage() throws Exception {
        String token = tokens.issue("official");
        HttpResponse<String> api = send(direct(), HttpRequest.newBuilder(uri("/api/v1/projects"))
                .header("Authorization", "Bearer " + token));
        assertThat(api.statusCode()).isEqualTo(200);
        assertCommon(api.headers(), SecurityHeaders.DATA_POLICY, "no-referrer");

        HttpResponse<String> refused = get(direct(), "/api/v1/projects", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertCommon(refused.headers(), SecurityHeaders.DATA_POLICY, "no-referrer");

        HttpResponse<String> health = get(direct(), "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertCommon(health.headers(), SecurityHeaders.DATA_POLICY, "no-referrer");
        assertThat(get(client("127.0.0.2"), "/actuator/health", "https").headers()
                .firstValue("Strict-Transport-Security")).isPresent();
        tokens.revokeAll();
    }

    /**
     * A photo served from evidence keeps the policy its controller sets ({@code default-src 'none'; sandbox}), even
     * though Vaadin's chain writes its own headers first: the browser enforces every policy it receives, so the
     * sandbox holds whichever else arrives.
     */
    @Test
    void aServedFileIsSandboxed() throws Exception {
        long fumin = jdbc.queryForObject("select id from project where code = 'YYH-2024-01'", Long.class);
        AttachmentRow photo = as.as("official", () -> evidence.attach(AttachRequest.photo(OwnerType.PROJECT, fumin,
                Phase.BEFORE), Receiving.toTemporaryFile(new ByteArrayInputStream(SampleFiles.jpeg(400, 300, 7)),
                -1, 20_000_000), "IMG_CSP.jpg"));

        MvcTestResult file = ApiTokens.mvc(context).get().uri("/files/" + photo.token())
                .with(user("official").roles("OFFICIAL")).exchange();
        assertThat(file).hasStatusOk().hasContentType("image/jpeg");
        assertThat(file.getResponse().getHeaders("Content-Security-Policy"))
                .contains("default-src 'none'; sandbox");
        assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    private static void assertCommon(HttpHeaders headers, String policy, String referrer) {
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(policy);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue(referrer);
        assertThat(headers.firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS);
        assertThat(policy).contains("frame-ancestors 'none'");
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }

    private HttpResponse<String> get(HttpClient http, String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto).header("X-Forwarded-For", "203.0.113.9");
        }
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpClient direct() throws Exception {
        return client("127.0.0.1");
    }

    private static HttpClient client(String localAddress) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
