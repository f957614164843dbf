package org.chenggeng.shared.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the JSON API (/v3/api-docs, Swagger UI at /swagger-ui.html): every operation needs a
 * personal access token, sent as a bearer token.
 */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "bearer-token";

    @Bean
    OpenAPI chenggengApi() {
        return new OpenAPI()
                .info(new Info().title("Chenggeng API").version("v1").description("""
                        Projects, work items, progress, inspections and issues of Chenggeng (城更), for the \
                        district's own systems. \
                        Every call acts as the user who created the token, with that user's role and scope. \
                        Errors are JSON {code, message, arguments}; the message follows Accept-Language \
                        (Chinese unless English is asked for)."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal access token (cg_…) created on the profile page.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Adds the errors every operation may answer but no exception handler declares: a malformed request
     * (answered by Spring MVC's own exceptions), a missing or bad token (answered by the security filter), the
     * database out of reach, and for writes the per-token limit.
     */
    @Bean
    OpenApiCustomizer commonErrors() {
        return api -> api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            operation.getResponses()
                    .addApiResponse("400", error("Malformed request: unreadable JSON, a value of another type than "
                            + "documented, an unknown field, a missing field or a bad parameter (code bad_request)"))
                    .addApiResponse("401", error("No token, or an unknown or revoked one (code unauthorized or "
                            + "invalid_token)"))
                    .addApiResponse("503", error("The database is out of reach for now (code unavailable, with "
                            + "Retry-After); send the same request again, with the same Idempotency-Key"));
            if (method != PathItem.HttpMethod.GET) {
                operation.getResponses().addApiResponse("429", error("More writes with this token than "
                        + "chenggeng.api.write-limit a minute (code too_many_requests, with Retry-After)"));
            }
        }));
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiError"))));
    }
}
