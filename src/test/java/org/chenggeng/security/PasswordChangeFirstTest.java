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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With an initial (or reset) password a user may do nothing but change it, on every channel: HTTP basic on the
 * management endpoints, personal access tokens old and new, and the services behind the screens.
 */
@ChenggengTest
class PasswordChangeFirstTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAdminService admin;
    @Autowired
    CurrentUser currentUser;
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

    @Test
    void theInitialPasswordOpensNoManagementEndpointUntilItIsChanged() throws Exception {
        newUser("pc-admin", Role.SYSTEM_ADMIN);

        assertThat(metrics("pc-admin:initial-pass-1")).hasStatus(HttpStatus.FORBIDDEN);

        as.run("pc-admin", () -> accounts.changePassword("initial-pass-1", "changed-pass-2"));
        assertThat(metrics("pc-admin:changed-pass-2")).hasStatusOk();
    }

    @Test
    void aTokenIsRefusedWhileItsUserMustChangeTheirPasswordAndWorksAgainAfterwards() throws Exception {
        Long id = newUser("pc-token", Role.OFFICIAL);
        as.run("security", () -> admin.resetPassword(id, "chosen-pass-2", false));
        String secret = apiTokens.issue("pc-token");
        assertThat(projects(secret)).hasStatusOk();

        as.run("security", () -> admin.resetPassword(id, "reset-pass-3", true));
        MvcTestResult refused = projects(secret);
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("password_change_required");
        assertThat(refused).bodyJson().extractingPath("$.message").asString().contains("初始密码");

        as.run("pc-token", () -> accounts.changePassword("reset-pass-3", "own-pass-4"));
        assertThat(projects(secret)).hasStatusOk();
    }

    @Test
    void nothingButThePasswordChangeIsAllowedBeforeIt() throws Exception {
        newUser("pc-new", Role.SECURITY_ADMIN);

        assertThatThrownBy(() -> as.run("pc-new", () -> tokens.create("before the change")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pc-new", currentUser::require)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pc-new", () -> admin.search(null, PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("pc-new", () -> accounts.me().mustChangePassword())).isTrue();

        assertThat(as.as("pc-new", () -> {
            accounts.changePassword("initial-pass-1", "changed-pass-2");
            return admin.search(null, PageRequest.of(0, 5));
        })).as("the same session may act at once").isNotEmpty();
        assertThat(as.as("pc-new", () -> tokens.create("after the change")).secret()).startsWith("cg_");
        assertThat(as.as("pc-new", () -> tokens.mine())).hasSize(1);
        as.run("pc-new", () -> tokens.revoke(as.as("pc-new", () -> tokens.mine()).getFirst().id()));
    }

    private Long newUser(String username, Role role) throws Exception {
        return as.as("security", () -> {
            Long region = role.isAdministrative() ? null : admin.regionChoices().getFirst().id();
            return admin.create(new UserAdminService.NewUser(username, "改密测试", "initial-pass-1", role, region,
                    Set.of()));
        });
    }

    private MvcTestResult metrics(String credentials) {
        return mvc.get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).exchange();
    }

    private MvcTestResult projects(String secret) {
        return mvc.get().uri("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).exchange();
    }
}
