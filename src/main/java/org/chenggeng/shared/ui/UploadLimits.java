package org.chenggeng.shared.ui;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives Vaadin's servlet the multipart limits of {@code spring.servlet.multipart.*}: Vaadin registers its servlet
 * with an unlimited multipart configuration of its own, so a multipart post to an upload's URL was parsed whole,
 * however large, before any upload handler could refuse it.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    static BeanPostProcessor vaadinServletMultipartLimits(ObjectProvider<MultipartConfigElement> multipart) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    long max = ImportUpload.MAX_MB * 1024L * 1024L;
                    registration.setMultipartConfig(multipart.getIfAvailable(
                            () -> new MultipartConfigElement(null, max, max + 64 * 1024, 0)));
                }
                return bean;
            }
        };
    }
}
