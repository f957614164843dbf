package org.chenggeng.journey;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Health is public for load balancers; metrics need an administrator; pages need a login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ManagementEndpointsIT {

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String basicAuth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basicAuth != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersWithoutLoginAndIncludesTheDatabaseForAdministrators() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        HttpResponse<String> detailed = get("/actuator/health", "admin:chenggeng-demo");
        assertThat(detailed.body()).contains("\"db\"");
    }

    @Test
    void metricsForPrometheusNeedAnAdministrator() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "pm:chenggeng-demo").statusCode()).isEqualTo(403);
        HttpResponse<String> scraped = get("/actuator/prometheus", "admin:chenggeng-demo");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void applicationPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> page = get("/admin/users", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
