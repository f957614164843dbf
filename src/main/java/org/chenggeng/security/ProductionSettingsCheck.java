package org.chenggeng.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Production refuses to start without its database settings and the two-factor key, before any bean is built, with
 * a message that names what is missing (rather than a connection-pool error about a malformed URL).
 */
@Component
@Profile("prod")
class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> missing = List.of("DB_URL", "DB_USERNAME").stream()
                .filter(name -> environment.getProperty(name) == null || environment.getProperty(name).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The prod profile needs the database settings " + missing
                    + " (and DB_PASSWORD), e.g. DB_URL=jdbc:mysql://host:3306/chenggeng");
        }
        // the authenticators' secrets are encrypted under it; a prod without one could enrol nobody (decision 0027)
        TwoFactorKeys.parse(environment.getProperty("chenggeng.security.mfa.secret-key"));
    }
}
