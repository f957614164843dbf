package org.chenggeng.audit;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production refuses to start without a key for signing audit archives: the demo profile's key is published with
 * the source, and an archive signed with it proves nothing.
 */
@Component
@Profile("prod")
class AuditKeyCheck implements InitializingBean {

    private final AuditProperties properties;

    AuditKeyCheck(AuditProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.hasKey()) {
            throw new IllegalStateException("The prod profile needs CHENGGENG_AUDIT_KEY, the key audit archives are "
                    + "signed with (at least " + AuditProperties.MIN_KEY_BYTES + " bytes, e.g. openssl rand -base64 48)");
        }
    }
}
