package org.chenggeng.project.api;

import com.jayway.jsonpath.JsonPath;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Projects through the API: the caller's scope exactly as on screen, details with history, JSON errors. */
@ChenggengTest
class ApiProjectsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    ProjectQueries projects;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;

    private MockMvcTester mvc;
    private String pm;
    private String official;

    @BeforeEach
    void setUp() throws Exception {
        mvc = ApiTokens.mvc(context);
        pm = apiTokens.issue("pm");
        official = apiTokens.issue("official");
    }

    @AfterEach
    void revokeTokens() throws Exception {
        apiTokens.revokeAll();
    }

    private MvcTestResult get(String token, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private long project(String code) throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    @Test
    void aProjectManagersTokenListsOnlyTheirOwnProjects() throws Exception {
        List<String> inScope = as.as("pm", () -> projects.page(ProjectFilter.none(), PageRequest.of(0, 100)))
                .stream().map(ProjectRow::code).toList();

        MvcTestResult result = get(pm, "/api/v1/projects?size=100");

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.items[*].code").asArray()
                .containsExactlyInAnyOrderElementsOf(inScope).contains("YYH-2022-01", "YYH-2024-01")
                .doesNotContain("DWZ-2025-01");
        assertThat(result).bodyJson().extractingPath("$.total").asNumber().isEqualTo(inScope.size());
    }

    @Test
    void theListFiltersAndPagesLikeTheProjectList() throws Exception {
        long inProgress = as.as("official", () -> projects.count(ProjectFilter.none()
                .withStatus(ProjectStatus.IN_PROGRESS)));

        MvcTestResult filtered = get(official, "/api/v1/projects?status=IN_PROGRESS&size=100");
        assertThat(filtered).bodyJson().extractingPath("$.items[*].status").asArray().isNotEmpty()
                .containsOnly("IN_PROGRESS");
        assertThat(filtered).bodyJson().extractingPath("$.total").asNumber().isEqualTo((int) inProgress);

        MvcTestResult byText = get(official, "/api/v1/projects?text=YYH-2022&year=2022");
        assertThat(byText).bodyJson().extractingPath("$.items[*].code").asArray().containsExactly("YYH-2022-01");

        MvcTestResult firstPage = get(official, "/api/v1/projects?page=0&size=2");
        assertThat(firstPage).bodyJson().extractingPath("$.items").asArray().hasSize(2);
        assertThat(firstPage).bodyJson().extractingPath("$.size").asNumber().isEqualTo(2);
        MvcTestResult secondPage = get(official, "/api/v1/projects?page=1&size=2");
        assertThat(secondPage).bodyJson().extractingPath("$.page").asNumber().isEqualTo(1);
        List<String> first = JsonPath.read(firstPage.getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$.items[*].code");
        assertThat(secondPage).bodyJson().extractingPath("$.items[*].code").asArray().hasSize(2)
                .doesNotContainAnyElementsOf(first);
    }

    @Test
    void aProjectComesWithItsCompoundsAndLifecycleHistory() throws Exception {
        MvcTestResult result = get(pm, "/api/v1/projects/" + project("YYH-2022-01"));

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("YYH-2022-01");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("ACCEPTED");
        assertThat(result).bodyJson().extractingPath("$.compounds[*].name").asArray().contains("靖江东里");
        assertThat(result).bodyJson().extractingPath("$.history[*].to").asArray()
                .containsSubsequence("PLANNING", "APPROVED", "IN_PROGRESS", "COMPLETED", "ACCEPTED");
    }

    @Test
    void aProjectOutsideTheCallersScopeAnswersExactlyLikeAnUnknownOne() throws Exception {
        long other = project("DWZ-2025-01");

        MvcTestResult project = get(pm, "/api/v1/projects/" + other);
        MvcTestResult unknown = get(pm, "/api/v1/projects/987654321");
        assertThat(project).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(project).bodyJson().extractingPath("$.code").isEqualTo("not_found");
        assertThat(project).bodyJson().extractingPath("$.message").isEqualTo("找不到该记录，或您无权查看。");
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(project.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());

        MvcTestResult items = get(pm, "/api/v1/projects/" + other + "/work-items");
        MvcTestResult unknownItems = get(pm, "/api/v1/projects/987654321/work-items");
        assertThat(items).hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("not_found");
        assertThat(items.getResponse().getContentAsString())
                .isEqualTo(unknownItems.getResponse().getContentAsString());
    }

    @Test
    void workItemsCarryTheirProgressAndCodes() throws Exception {
        MvcTestResult result = get(pm, "/api/v1/projects/" + project("YYH-2022-01") + "/work-items");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$[?(@.typeCode == 'EXPOSED_LINES')]").asArray().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("unit", "METER").containsEntry("category", "BASIC").containsEntry("section", "LINES")
                .containsEntry("nameZh", "外露线网治理").containsEntry("planned", 1742.0).containsEntry("completed", 1742.0)
                .containsEntry("percent", 100.0);
    }

    @Test
    void malformedParametersAreBadRequestsThatSayWhichParameter() {
        MvcTestResult status = get(official, "/api/v1/projects?status=NOPE");
        assertThat(status).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(status).bodyJson().extractingPath("$.code").isEqualTo("bad_request");
        assertThat(status).bodyJson().extractingPath("$.message").asString().contains("status", "NOPE");

        MvcTestResult size = get(official, "/api/v1/projects?size=1000");
        assertThat(size).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(size).bodyJson().extractingPath("$.message").asString().contains("size");

        MvcTestResult id = get(official, "/api/v1/projects/abc");
        assertThat(id).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(id).bodyJson().extractingPath("$.arguments").asArray().containsExactly("id", "abc");
    }

    @Test
    void anUnknownApiPathIsAJsonNotFound() {
        MvcTestResult result = get(official, "/api/v1/no-such-thing");
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("not_found");
    }
}
