package org.chenggeng.security;

import org.chenggeng.audit.AuditService;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Over HTTP through the real filter chain: an administrator may have one session, so a second sign-in ends the first
 * (the new one wins, and the audit log says so); a project manager may have three, so two both live; "sign out
 * elsewhere" ends the user's other sessions and leaves the asking one.
 */
@ChenggengTest
class ConcurrentSessionsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TrackedSessionRegistry registry;
    @Autowired
    ActiveSessions sessions;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    private MockMvcTester mvc;
    private final List<MockHttpSession> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        mvc = ApiTokens.mvc(context);
    }

    @AfterEach
    void forgetSessions() {
        opened.forEach(s -> registry.removeSessionInformation(s.getId()));
    }

    @Test
    void anAdministratorsSecondSignInEndsTheFirst() throws Exception {
        MockHttpSession first = signIn("admin", "198.51.100.1");
        assertThat(signedIn(first)).isTrue();

        MockHttpSession second = signIn("admin", "198.51.100.2");

        assertThat(first.isInvalid()).as("the older session is ended at once").isTrue();
        assertThat(signedIn(first)).isFalse();
        assertThat(signedIn(second)).isTrue();
        assertThat(registry.sessionsOf("admin")).extracting(SessionInformation::getSessionId)
                .containsExactly(second.getId());
        var entries = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("admin", null, "SECURITY", null,
                null), PageRequest.of(0, 20)));
        assertThat(entries).extracting(AuditService.AuditRow::action).contains("SESSION_ENDED_ELSEWHERE");
    }

    @Test
    void aProjectManagersTwoSessionsBothLive() {
        MockHttpSession phone = signIn("pm", "198.51.100.3");
        MockHttpSession office = signIn("pm", "198.51.100.4");

        assertThat(phone.isInvalid()).isFalse();
        assertThat(signedIn(phone)).isTrue();
        assertThat(signedIn(office)).isTrue();
        assertThat(registry.sessionsOf("pm")).hasSize(2);
    }

    @Test
    void signingOutElsewhereEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        MockHttpSession phone = signIn("committee", "198.51.100.5");
        MockHttpSession office = signIn("committee", "198.51.100.6");

        List<ActiveSessions.SessionRow> listed = as.as("committee", () -> sessions.mine(office.getId()));
        assertThat(listed).hasSize(2);
        assertThat(listed.getFirst().current()).isTrue();
        assertThat(listed.getFirst().address()).isEqualTo("198.51.100.6");
        assertThat(listed.getFirst().userAgent()).contains("Firefox");
        assertThat(listed.get(1).address()).isEqualTo("198.51.100.5");
        assertThat(listed).allSatisfy(s -> assertThat(s.signedInAt()).isNotNull());

        assertThat(as.as("committee", () -> sessions.signOutElsewhere(office.getId()))).isEqualTo(1);

        assertThat(phone.isInvalid()).isTrue();
        assertThat(signedIn(phone)).isFalse();
        assertThat(signedIn(office)).isTrue();
        assertThat(as.as("committee", () -> sessions.mine(office.getId()))).singleElement()
                .satisfies(s -> assertThat(s.current()).isTrue());
        var entries = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("committee", null, "SECURITY",
                null, null), PageRequest.of(0, 20)));
        assertThat(entries).extracting(AuditService.AuditRow::action).contains("SIGNED_OUT_ELSEWHERE");
    }

    private MockHttpSession signIn(String username, String address) {
        MockHttpSession session = new MockHttpSession();
        MvcTestResult result = mvc.post().uri("/login").session(session).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0")
                .param("username", username).param("password", "chenggeng-demo").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession signedIn = (MockHttpSession) result.getRequest().getSession(false);
        opened.add(signedIn);
        return signedIn;
    }

    /**
     * Whether a request with the session passes as signed in: a page behind the login answers with the login page's
     * redirect only when it is not (MockMvc does not run the Vaadin servlet behind it, so a signed-in request is
     * answered by no view).
     */
    private boolean signedIn(MockHttpSession session) {
        MvcTestResult result = mvc.get().uri("/profile").session(session).exchange();
        String location = result.getResponse().getRedirectedUrl();
        return !(result.getResponse().getStatus() == HttpStatus.FOUND.value() && location != null
                && location.endsWith("/login"));
    }
}
