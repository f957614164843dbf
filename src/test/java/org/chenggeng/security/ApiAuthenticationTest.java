package org.chenggeng.security;

import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The API chain: a valid token of an enabled user gets in as that user; anything else is a JSON 401. */
@ChenggengTest
class ApiAuthenticationTest {

    private static final String PROJECTS = "/api/v1/projects";

    @Autowired
    org.chenggeng.support.SecurityAdmin accounts;
    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    UserAdminService users;
    @Autowired
    TestUsers as;

    private MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTokens.mvc(context);
    }

    @AfterEach
    void revokeTokens() throws Exception {
        apiTokens.revokeAll();
    }

    private MvcTestResult get(String authorization, String language) {
        var request = mvc.get().uri(PROJECTS);
        if (authorization != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.exchange();
    }

    @Test
    void withoutATokenTheApiAnswers401InJsonInChineseUnlessEnglishIsAskedFor() {
        MvcTestResult chinese = get(null, null);
        assertThat(chinese).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"chenggeng\"");
        assertThat(chinese).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
        assertThat(chinese).bodyJson().extractingPath("$.message").asString().contains("个人访问令牌");

        MvcTestResult english = get(null, "en-US,en;q=0.9,zh;q=0.5");
        assertThat(english).bodyJson().extractingPath("$.message").asString().contains("personal access token");
        MvcTestResult preferringChinese = get(null, "zh-CN,en;q=0.5");
        assertThat(preferringChinese).bodyJson().extractingPath("$.message").asString().contains("个人访问令牌");
    }

    @Test
    void anUnknownTokenIsRefusedAsInvalid() {
        for (String header : new String[]{"Bearer cg_" + "x".repeat(40), "Bearer not-even-a-token", "bearer "}) {
            MvcTestResult result = get(header, null);
            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"chenggeng\", error=\"invalid_token\"");
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("invalid_token");
        }
    }

    @Test
    void aPasswordDoesNotOpenTheApi() {
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString("pm:chenggeng-demo".getBytes(StandardCharsets.UTF_8));
        assertThat(get(basic, null)).hasStatus(HttpStatus.UNAUTHORIZED).bodyJson().extractingPath("$.code")
                .isEqualTo("unauthorized");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        String secret = apiTokens.issue("pm");
        assertThat(get("Bearer " + secret, null)).hasStatusOk();

        Long id = apiTokens.lastIssuedId();
        as.run("pm", () -> tokens.revoke(id));

        assertThat(get("Bearer " + secret, null)).hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                .extractingPath("$.code").isEqualTo("invalid_token");
    }

    @Test
    void aDisabledUsersTokenIsRefused() throws Exception {
        Long userId = as.as("security", () -> {
            var existing = users.search("api-disabled", PageRequest.of(0, 1));
            if (!existing.isEmpty()) {
                users.setEnabled(existing.getFirst().id(), true);
                return existing.getFirst().id();
            }
            Long region = users.regionChoices().getFirst().id();
            Long created = users.create(new UserAdminService.NewUser("api-disabled", "停用测试", "initial-pass-1",
                    Role.OFFICIAL, region, Set.of()));
            accounts.resetPassword(created, "initial-pass-1", false);
            return created;
        });
        String secret = apiTokens.issue("api-disabled");
        assertThat(get("Bearer " + secret, null)).hasStatusOk();

        as.run("security", () -> users.setEnabled(userId, false));
        try {
            assertThat(get("Bearer " + secret, null)).hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                    .extractingPath("$.code").isEqualTo("invalid_token");
        } finally {
            as.run("security", () -> users.setEnabled(userId, true));
        }
    }

    @Test
    void aCallIsRecordedAsTheTokensLastUseAndOpensNoSession() throws Exception {
        String secret = apiTokens.issue("official");
        MvcTestResult result = get("Bearer " + secret, null);

        assertThat(result).hasStatusOk().doesNotContainHeader(HttpHeaders.SET_COOKIE);
        assertThat(result.getRequest().getSession(false)).isNull();
        Long id = apiTokens.lastIssuedId();
        assertThat(as.as("official", () -> tokens.mine())).filteredOn(t -> t.id().equals(id)).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
    }
}
