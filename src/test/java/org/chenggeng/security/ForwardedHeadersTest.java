package org.chenggeng.security;

import org.chenggeng.audit.AuditService;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers over real HTTP, with one proxy configured (127.0.0.2). The same spoofed headers sent from
 * 127.0.0.1 change neither the address the audit log and the login throttle see nor the host of a redirect;
 * sent by the proxy, they are honoured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127.0.0.2/32")
@ActiveProfiles({"demo", "test"})
class ForwardedHeadersTest {

    private static final String CLIENT = "203.0.113.9";

    @LocalServerPort
    int port;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    @Test
    void headersFromAnAddressThatIsNotAConfiguredProxyAreIgnored() throws Exception {
        HttpClient direct = client("127.0.0.1");

        HttpResponse<String> page = send(direct, "/admin/users", "evil.example", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(URI.create(page.headers().firstValue("Location").orElseThrow()).getHost()).isEqualTo("127.0.0.1");

        assertThat(send(direct, "/actuator/metrics", "evil.example", "fh-spoofed:wrong-password").statusCode())
                .isEqualTo(401);
        assertThat(addressesOfFailures("fh-spoofed")).containsOnly("127.0.0.1");
    }

    @Test
    void headersFromTheConfiguredProxyAreHonoured() throws Exception {
        HttpClient proxy = client("127.0.0.2");

        HttpResponse<String> page = send(proxy, "/admin/users", "city.example", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("https://city.example/login");

        assertThat(send(proxy, "/actuator/metrics", "city.example", "fh-proxied:wrong-password").statusCode())
                .isEqualTo(401);
        assertThat(addressesOfFailures("fh-proxied")).containsOnly(CLIENT);
    }

    private static HttpClient client(String localAddress) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> send(HttpClient http, String path, String forwardedHost, String basicAuth)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", CLIENT)
                .header("X-Forwarded-Host", forwardedHost)
                .header("X-Forwarded-Proto", "https");
        if (basicAuth != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private java.util.List<String> addressesOfFailures(String username) throws Exception {
        return as.as("auditor", () -> audit.search(new AuditService.AuditFilter(username, null, "SECURITY", null, null),
                        PageRequest.of(0, 10))).stream()
                .filter(row -> row.action().equals("LOGIN_FAILURE"))
                .map(AuditService.AuditRow::remoteAddress).toList();
    }
}
