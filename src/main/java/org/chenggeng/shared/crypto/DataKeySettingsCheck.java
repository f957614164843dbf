package org.chenggeng.shared.crypto;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Production refuses to start, before any bean is built, without its own keys for the personal data, or with the
 * development keys that anyone can read in the source, as it refuses to start without its database settings.
 */
@Component
@Profile("prod")
class DataKeySettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = new ArrayList<>();
        check("chenggeng.security.data-key", "CHENGGENG_DATA_KEY", problems);
        check("chenggeng.security.data-hash-key", "CHENGGENG_HASH_KEY", problems);
        if (environment.getProperty("chenggeng.security.data-dev-keys", Boolean.class, false)) {
            problems.add("chenggeng.security.data-dev-keys is true");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The prod profile needs its own keys for residents' personal data: "
                    + problems + " (32 random bytes in base64 each, e.g. openssl rand -base64 32; see "
                    + "docs/decisions/0030)");
        }
    }

    private void check(String property, String variable, List<String> problems) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            problems.add(variable + " is missing");
        } else if (DataKeys.isDevKey(value)) {
            problems.add(variable + " is a development key");
        }
    }
}
