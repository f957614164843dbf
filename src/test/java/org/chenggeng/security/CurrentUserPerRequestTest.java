package org.chenggeng.security;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.SecurityAdmin;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The actor is read once per request, and a change to the account within the request is seen at once: disabling
 * an account refuses its very next service call, in the same request as in the next.
 */
@ChenggengTest
class CurrentUserPerRequestTest {

    @Autowired
    CurrentUser current;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    SecurityAdmin security;
    @Autowired
    TestUsers as;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void aDisabledAccountIsRefusedInTheRequestThatDisabledIt() throws Exception {
        Long street = accounts.findByUsernameIgnoreCase("pm").orElseThrow().getRegionId();
        Long id = security.create(new UserAdminService.NewUser("per-request-pm", "请求内项目经理",
                "per-request-password-1", Role.PROJECT_MANAGER, street, Set.of()));
        security.resetPassword(id, "per-request-password-2", false);
        newRequest();
        as.run("per-request-pm", () -> {
            Actor first = current.require();
            assertThat(current.require()).isSameAs(first);

            transaction.executeWithoutResult(s -> accounts.findById(id).orElseThrow().disable());

            assertThatThrownBy(current::require).isInstanceOf(AccessDeniedException.class);
            assertThat(current.find()).isEmpty();
        });
    }

    @Test
    void eachRequestReadsTheAccountAgain() throws Exception {
        newRequest();
        Actor[] seen = new Actor[2];
        as.run("pm", () -> seen[0] = current.require());
        newRequest();
        as.run("pm", () -> seen[1] = current.require());
        assertThat(seen[1]).isNotSameAs(seen[0]).isEqualTo(seen[0]);
    }

    @Test
    void anotherUserInTheSameRequestIsNotTakenForTheFirst() throws Exception {
        newRequest();
        Actor pm = as.as("pm", current::require);
        Actor committee = as.as("committee", current::require);
        assertThat(pm.username()).isEqualTo("pm");
        assertThat(committee.username()).isEqualTo("committee");
    }
}
