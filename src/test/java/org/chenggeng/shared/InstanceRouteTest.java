package org.chenggeng.shared;

import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardEngine;
import org.apache.catalina.core.StandardHost;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The instance's route becomes the jvmRoute of Tomcat's engine, which every session id then ends with. */
class InstanceRouteTest {

    @Test
    void aRouteIsTheEnginesJvmRoute() {
        assertThat(jvmRouteWith("b")).isEqualTo("b");
    }

    @Test
    void noRouteLeavesTheEngineAsItWas() {
        assertThat(jvmRouteWith("")).isNull();
    }

    @Test
    void aRouteThatCannotGoIntoACookieIsRefused() {
        assertThatThrownBy(() -> new InstanceRoute().jvmRouteFromInstanceRoute("a;b"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String jvmRouteWith(String route) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new InstanceRoute().jvmRouteFromInstanceRoute(route).customize(factory);
        StandardEngine engine = new StandardEngine();
        engine.setJvmRoute(null);
        StandardHost host = new StandardHost();
        host.setParent(engine);
        StandardContext context = new StandardContext();
        context.setParent(host);
        factory.getContextCustomizers().forEach(c -> c.customize(context));
        return engine.getJvmRoute();
    }
}
