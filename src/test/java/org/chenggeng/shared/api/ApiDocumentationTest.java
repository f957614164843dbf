package org.chenggeng.shared.api;

import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and Swagger UI need no login (they hold no data) and describe the /api/v1 paths. */
@ChenggengTest
class ApiDocumentationTest {

    @Autowired
    WebApplicationContext context;

    private MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTokens.mvc(context);
    }

    @Test
    void theOpenApiDocumentIsServedWithoutLoginAndNamesThePathsAndTheBearerScheme() {
        MvcTestResult doc = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(doc).hasStatusOk();
        assertThat(doc).bodyJson().extractingPath("$.info.title").isEqualTo("Chenggeng API");
        assertThat(doc).bodyJson().extractingPath("$.paths").asMap().containsKeys("/api/v1/projects",
                "/api/v1/projects/{id}", "/api/v1/projects/{projectId}/work-items", "/api/v1/work-items/{id}/progress")
                .doesNotContainKey("/api/**")
                .allSatisfy((path, operations) -> assertThat(path).startsWith("/api/v1/"));
        assertThat(doc).bodyJson().extractingPath("$.components.securitySchemes.bearer-token.scheme")
                .isEqualTo("bearer");
        assertThat(doc).bodyJson().extractingPath("$.security[0]").asMap().containsKey("bearer-token");
        assertThat(doc).bodyJson().extractingPath("$.paths['/api/v1/work-items/{id}/progress'].post.responses").asMap()
                .containsKeys("201", "400", "401", "403", "404", "409", "422", "429", "503");
        assertThat(doc).bodyJson().extractingPath("$.components.schemas.ApiError.properties").asMap()
                .containsOnlyKeys("code", "message", "arguments");
    }

    @Test
    void swaggerUiOpensWithoutLogin() {
        MvcTestResult entry = mvc.get().uri("/swagger-ui.html").exchange();
        assertThat(entry).hasStatus3xxRedirection().redirectedUrl().contains("/swagger-ui/index.html");

        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk().bodyText().contains("swagger-ui");
    }
}
