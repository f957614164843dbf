package org.chenggeng.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.chenggeng.audit.AuditService;
import org.chenggeng.support.ChenggengTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.security.Role;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.security.AccountService;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@ChenggengTest
class SecurityViewsTest extends SpringBrowserlessTest {

    @Autowired
    AuditService audit;

    @Autowired
    TestUsers as;
    @Autowired
    UserAdminService users;
    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("pm")
    void aProjectManagerCannotOpenUserAdministration() throws Exception {
        try {
            navigate(UserAdminView.class);
        } catch (RuntimeException expected) {
            // navigation is rerouted to the error page, which is not the requested class
        }
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
        assertThat($(Grid.class).exists()).isFalse();
        var denials = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("pm", null, "SECURITY",
                null, null), PageRequest.of(0, 50)));
        assertThat(denials).extracting(AuditService.AuditRow::detail)
                .anySatisfy(detail -> assertThat(detail).contains("admin/users"));
    }

    @Test
    @WithUserDetails("security")
    void theSecurityAdministratorSeesEveryDemoUser() {
        UserAdminView view = navigate(UserAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class, view).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(4);
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 0)))
                .contains("admin", "official", "pm", "committee");
    }

    @Test
    @WithUserDetails(value = "sv-new", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aUserWithAnInitialPasswordIsSentToChangeItBeforeAnythingElse() throws Exception {
        ProfileView landed = navigate("", ProfileView.class);
        assertThat(landed).isNotNull();
        assertThat($(Div.class).withId("must-change-banner").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = "sv-new", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aUserWithAnInitialPasswordReachesNothingButThePasswordChange() {
        assertThat(navigate("dashboard", ProfileView.class)).isNotNull();
        assertThat(navigate("projects/1", ProfileView.class)).isNotNull();
        assertThat($(AccessTokensPanel.class).exists()).isFalse();
        assertThat($(Div.class).withId("must-change-banner").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = "sv-changes", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onceThePasswordIsChangedTheSessionIsNoLongerSentBackToChangeIt() {
        assertThat(navigate("dashboard", ProfileView.class)).isNotNull();
        accounts.changePassword("initial-pass-1", "changed-pass-2");
        UI.getCurrent().navigate("dashboard");
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("DashboardView");
    }

    @BeforeEach
    void createUserWithInitialPassword() throws Exception {
        as.run("security", () -> {
            if (users.search("sv-new", PageRequest.of(0, 1)).isEmpty()) {
                Long region = users.regionChoices().getFirst().id();
                users.create(new UserAdminService.NewUser("sv-new", "新来的干部", "initial-pass-1", Role.OFFICIAL,
                        region, java.util.Set.of()));
            }
            if (users.search("sv-changes", PageRequest.of(0, 1)).isEmpty()) {
                Long region = users.regionChoices().getFirst().id();
                users.create(new UserAdminService.NewUser("sv-changes", "换密码的干部", "initial-pass-1", Role.OFFICIAL,
                        region, java.util.Set.of()));
            }
        });
    }

    @Test
    @WithUserDetails("committee")
    void theProfileShowsWhoIsSignedInAndNoForcedChangeForDemoUsers() {
        ProfileView view = navigate(ProfileView.class);
        assertThat($(Div.class, view).withId("must-change-banner").exists()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("committee", "社区居委会");
    }
}
