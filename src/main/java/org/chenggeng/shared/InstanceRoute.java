package org.chenggeng.shared;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.regex.Pattern;

/**
 * The instance's name in its session ids, for sticky sessions behind a load balancer (README, "Two instances"):
 * with {@code chenggeng.instance-route} ({@code CHENGGENG_INSTANCE_ROUTE}) set to {@code a}, Tomcat's engine has
 * that jvmRoute and every session id ends in {@code .a}, so that a proxy without a sticky module (Debian's nginx)
 * can send a session to its instance by a {@code map} on the {@code JSESSIONID} cookie. Empty (the default), the ids
 * are as before. A route is 1 to 32 letters, digits, {@code -} or {@code _}: it goes into a cookie and a proxy's map.
 */
@Configuration
class InstanceRoute {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jvmRouteFromInstanceRoute(
            @Value("${chenggeng.instance-route:}") String route) {
        String r = route.strip();
        if (!r.isEmpty() && !SHAPE.matcher(r).matches()) {
            throw new IllegalStateException("chenggeng.instance-route must be 1 to 32 letters, digits, - or _, not '"
                    + route + "'");
        }
        return factory -> {
            if (!r.isEmpty()) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                        engine.setJvmRoute(r);
                    }
                });
            }
        };
    }
}
