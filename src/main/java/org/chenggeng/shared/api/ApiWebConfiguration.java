package org.chenggeng.shared.api;

import org.apache.catalina.core.StandardHost;
import org.chenggeng.shared.ApiProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/**
 * What makes every answer of {@code /api/**} the API's own: JSON errors from the outermost filter and from Tomcat
 * itself (a header or address too long for it), and the per-token limit on writes.
 */
@Configuration
class ApiWebConfiguration implements WebMvcConfigurer {

    private final ApiWriteLimit writeLimit;

    ApiWebConfiguration(ApiProperties settings, Clock clock) {
        this.writeLimit = new ApiWriteLimit(settings, clock);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(writeLimit).addPathPatterns("/api/**");
    }

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(ApiErrors errors) {
        FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(new ApiErrorFilter(errors));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat renders the errors it answers before any filter runs with this valve instead of its HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }
}
