package org.chenggeng.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.chenggeng.security.Role;
import org.chenggeng.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * A session that owes its second factor is sent to the code prompt and one that must enrol to the enrolment page,
 * wherever they were going; a session that owes neither goes where it was going, and not back to those steps.
 */
class SecondFactorRoutingTest {

    private final SecondFactorRouting routing = new SecondFactorRouting(new AuthenticationContext());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionOwingACodeIsSentToTheCodePrompt() {
        signIn(Roles.SECOND_FACTOR_REQUIRED);
        BeforeEnterEvent event = navigationTo(ProfileView.class);
        routing.beforeEnter(event);
        verify(event).forwardTo(SecondFactorView.class);
    }

    @Test
    void aSessionThatMustEnrolIsSentToTheEnrolmentPage() {
        signIn(Roles.TWO_FACTOR_ENROLMENT_REQUIRED);
        BeforeEnterEvent event = navigationTo(UserAdminView.class);
        routing.beforeEnter(event);
        verify(event).forwardTo(TwoFactorEnrolmentView.class);
    }

    @Test
    void thePromptItselfIsNotForwarded() {
        signIn(Roles.SECOND_FACTOR_REQUIRED);
        BeforeEnterEvent event = navigationTo(SecondFactorView.class);
        routing.beforeEnter(event);
        verify(event, never()).forwardTo(any(Class.class));
        verify(event, never()).forwardTo(any(String.class));
    }

    @Test
    void aSessionWithItsRoleGoesWhereItWasGoingButNotToTheSignInSteps() {
        signIn(Role.OFFICIAL.authority());
        BeforeEnterEvent toUsers = navigationTo(UserAdminView.class);
        routing.beforeEnter(toUsers);
        verify(toUsers, never()).forwardTo(any(Class.class));
        BeforeEnterEvent toPrompt = navigationTo(SecondFactorView.class);
        routing.beforeEnter(toPrompt);
        verify(toPrompt).forwardTo("");
    }

    private static void signIn(String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList(authority)));
    }

    private static BeforeEnterEvent navigationTo(Class<?> target) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        doReturn(target).when(event).getNavigationTarget();
        return event;
    }
}
