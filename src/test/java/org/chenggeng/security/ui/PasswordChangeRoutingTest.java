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

import java.lang.reflect.Constructor;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The routing decides from the session's authorities alone: it is built from the authentication context and
 * nothing else, so a navigation cannot cost an account query; the login's authority sends a user to the password
 * change, and a session without it goes where it was going.
 */
class PasswordChangeRoutingTest {

    private final PasswordChangeRouting routing = new PasswordChangeRouting(new AuthenticationContext());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionHoldingThePasswordChangeAuthorityIsSentToTheProfile() {
        signIn(Roles.PASSWORD_CHANGE_REQUIRED);
        BeforeEnterEvent event = navigationTo(UserAdminView.class);
        routing.beforeEnter(event);
        verify(event).forwardTo(ProfileView.class);
    }

    @Test
    void aSessionWithItsRoleGoesWhereItWasGoing() {
        signIn(Role.SECURITY_ADMIN.authority());
        BeforeEnterEvent event = navigationTo(UserAdminView.class);
        routing.beforeEnter(event);
        verify(event, never()).forwardTo(any(Class.class));
    }

    @Test
    void theProfileItselfIsNeverForwarded() {
        signIn(Roles.PASSWORD_CHANGE_REQUIRED);
        BeforeEnterEvent event = navigationTo(ProfileView.class);
        routing.beforeEnter(event);
        verify(event, never()).forwardTo(any(Class.class));
    }

    @Test
    void theRoutingHasNoWayToReadAnAccount() {
        Constructor<?>[] constructors = PasswordChangeRouting.class.getDeclaredConstructors();
        assertThat(constructors).hasSize(1);
        assertThat(Arrays.asList(constructors[0].getParameterTypes())).containsExactly(AuthenticationContext.class);
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
