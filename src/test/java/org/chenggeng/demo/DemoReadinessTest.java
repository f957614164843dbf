package org.chenggeng.demo;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.chenggeng.security.ui.LoginView;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the demo data loads the application is not ready: the readiness probe says so, and the login page tells
 * a newcomer to wait instead of letting their first logins fail. Once it is loaded both clear.
 */
@ChenggengTest
class DemoReadinessTest extends SpringBrowserlessTest {

    @Autowired
    DemoData demo;
    @Autowired
    ApplicationAvailability availability;
    @Autowired
    WebApplicationContext context;

    @Test
    void readinessIsDownAndTheLoginPageSaysSoWhileTheDemoDataLoads() {
        MockMvcTester mvc = ApiTokens.mvc(context);
        Map<String, Object> during = new HashMap<>();

        demo.whileRefusingTraffic(() -> {
            during.put("state", availability.getReadinessState());
            during.put("probe", mvc.get().uri("/actuator/health/readiness").exchange().getResponse().getStatus());
            navigate(LoginView.class);
            during.put("notice", $(Div.class).withId("demo-loading").exists());
        });

        assertThat(during).containsEntry("state", ReadinessState.REFUSING_TRAFFIC).containsEntry("probe", 503)
                .containsEntry("notice", true);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat($(Div.class).withId("demo-loading").exists()).as("the open page drops the notice").isFalse();
    }

    @Test
    void theLoginPageSaysTheDemoIsLoadingOnlyWhileTheApplicationIsNotReady() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            navigate(LoginView.class);
            assertThat($(Div.class).withId("demo-loading").single().getText()).startsWith("演示数据正在加载");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        navigate(LoginView.class);
        assertThat($(Div.class).withId("demo-loading").exists()).isFalse();
    }
}
