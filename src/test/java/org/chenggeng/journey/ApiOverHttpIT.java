package org.chenggeng.journey;

import org.chenggeng.support.ApiTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API on a real server, where Vaadin's servlet answers every path Spring MVC does not: API paths and
 * the OpenAPI pages must still reach Spring, unknown API paths must be JSON 404s rather than Vaadin's page, and
 * no API answer may be the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ApiOverHttpIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens apiTokens;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void revokeTokens() throws Exception {
        apiTokens.revokeAll();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutATokenTheApiAnswersJson401NotTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/projects", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"code\":\"unauthorized\"").contains("个人访问令牌");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aTokenReadsProjectsAndAnUnknownApiPathIsAJson404() throws Exception {
        String token = apiTokens.issue("pm");

        HttpResponse<String> projects = get("/api/v1/projects", token);
        assertThat(projects.statusCode()).isEqualTo(200);
        assertThat(projects.body()).contains("\"code\":\"YYH-2024-01\"").contains("\"total\":");
        assertThat(projects.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> unknown = get("/api/v1/nothing-here", token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":\"not_found\"");
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiNeedNoLogin() throws Exception {
        HttpResponse<String> doc = get("/v3/api-docs", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"title\":\"Chenggeng API\"").contains("/api/v1/work-items/{id}/progress");

        assertThat(get("/swagger-ui.html", null).statusCode()).isEqualTo(302);
        HttpResponse<String> ui = get("/swagger-ui/index.html", null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
