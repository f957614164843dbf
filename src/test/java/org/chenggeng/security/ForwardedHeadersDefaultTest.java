package org.chenggeng.security;

import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Out of the box no forwarded header is believed: Tomcat reads them only from the configured proxies, and none
 * is configured (Tomcat's own default would trust every private address, 127.0.0.1 included).
 */
@ChenggengTest
class ForwardedHeadersDefaultTest {

    @Autowired
    Environment environment;

    @Test
    void noProxyIsTrustedByDefault() {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isEmpty();
    }
}
