package org.chenggeng.inspection.api;

import com.jayway.jsonpath.JsonPath;
import org.chenggeng.inspection.Check;
import org.chenggeng.inspection.CheckResult;
import org.chenggeng.inspection.Conclusion;
import org.chenggeng.inspection.FindingData;
import org.chenggeng.inspection.InspectionData;
import org.chenggeng.inspection.InspectionKind;
import org.chenggeng.inspection.InspectionRow;
import org.chenggeng.inspection.InspectionService;
import org.chenggeng.inspection.IssueData;
import org.chenggeng.inspection.IssueDetails;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.inspection.Participant;
import org.chenggeng.inspection.Severity;
import org.chenggeng.inspection.TemplateService;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectHeader;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inspections and issues through the API over real HTTP: the caller's scope as on screen (a project manager reads
 * and answers only their own projects' issues, anything else is 404), the answer refused out of role (403), out of
 * turn (422) or against an older version (409), written once per Idempotency-Key, and documented by springdoc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ApiIssuesOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    TestUsers as;
    @Autowired
    ProjectQueries projects;
    @Autowired
    InspectionService inspections;
    @Autowired
    IssueService issues;
    @Autowired
    TemplateService templates;
    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private String pm;
    private String supervisor;
    private long fumin;

    @BeforeEach
    void tokens() throws Exception {
        pm = apiTokens.issue("pm");
        supervisor = apiTokens.issue("supervisor");
        fumin = site("YYH-2024-01");
    }

    @AfterEach
    void revoke() throws Exception {
        apiTokens.revokeAll();
    }

    private long site(String code) throws Exception {
        return as.as("admin", () -> projects.headers(new ProjectFilter(code, null, null, null, null))).stream()
                .filter(h -> h.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** An issue of its own on the project, raised by the supervisor's inspection today, due in a week. */
    private long raise(long project, String what) throws Exception {
        LocalDate today = LocalDate.now(clock);
        List<Check> checks = as.as("admin", () -> templates.active(InspectionKind.QUALITY)).stream()
                .map(l -> new Check(l.textZh(), l.textEn(), CheckResult.OK)).toList();
        var recorded = as.as("supervisor", () -> inspections.record(project, new InspectionData(InspectionKind.QUALITY,
                today, List.of(new Participant("监理单位", "赵监理")), checks, Set.of(), Conclusion.PASSED, "接口测试",
                List.of(new FindingData(what, Set.of(), new IssueData(what, Severity.GENERAL, "测试实施单位",
                        today.plusDays(7)))))));
        return as.as("admin", () -> issues.ofProject(project)).stream()
                .filter(r -> recorded.findingIds().contains(r.sourceId())).findFirst().orElseThrow().id();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> answer(long issue, String token, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/issues/"
                        + issue + "/answer")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String body(long version, String text) {
        return "{\"version\": " + version + ", \"rectification\": \"" + text + "\"}";
    }

    private static String code(HttpResponse<String> answer) {
        return JsonPath.read(answer.body(), "$.code");
    }

    @Test
    void aProjectManagerReadsTheirProjectsInspectionsAndIssuesAndNothingElse() throws Exception {
        Set<Long> theirs = as.as("pm", () -> projects.headers(ProjectFilter.none())).stream().map(ProjectHeader::id)
                .collect(java.util.stream.Collectors.toSet());
        long other = as.as("official", () -> projects.headers(ProjectFilter.none())).stream()
                .filter(h -> EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED)
                        .contains(h.status()))
                .map(ProjectHeader::id).filter(id -> !theirs.contains(id)).findFirst().orElseThrow();
        long notTheirs = raise(other, "另一项目的问题（接口测试）");

        HttpResponse<String> list = get("/api/v1/projects/" + fumin + "/issues", pm);
        assertThat(list.statusCode()).isEqualTo(200);
        List<Integer> ids = JsonPath.read(list.body(), "$[*].id");
        assertThat(ids.stream().map(Integer::longValue).toList()).containsExactlyElementsOf(
                as.as("pm", () -> issues.ofProject(fumin)).stream().map(IssueRow::id).toList()).isNotEmpty();
        List<String> statuses = JsonPath.read(list.body(), "$[*].status");
        assertThat(statuses).contains("OPEN", "SUBMITTED", "CLOSED");
        List<Boolean> overdueWhileSubmitted = JsonPath.read(list.body(), "$[?(@.status == 'SUBMITTED')].overdue");
        assertThat(overdueWhileSubmitted).as("waiting for the re-check is never overdue").containsOnly(false);

        HttpResponse<String> inspected = get("/api/v1/projects/" + fumin + "/inspections", pm);
        assertThat(inspected.statusCode()).isEqualTo(200);
        List<Integer> inspectionIds = JsonPath.read(inspected.body(), "$[*].id");
        assertThat(inspectionIds.stream().map(Integer::longValue).toList()).containsExactlyElementsOf(
                as.as("pm", () -> inspections.list(fumin)).stream().map(InspectionRow::id).toList());
        assertThat(JsonPath.<List<String>>read(inspected.body(), "$[*].kind")).contains("CONCEALED", "QUALITY");

        long submitted = as.as("pm", () -> issues.ofProject(fumin)).stream()
                .filter(r -> r.status() == org.chenggeng.inspection.IssueStatus.SUBMITTED).findFirst().orElseThrow().id();
        HttpResponse<String> one = get("/api/v1/issues/" + submitted, pm);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(one.body(), "$.issue.status")).isEqualTo("SUBMITTED");
        assertThat(JsonPath.<List<String>>read(one.body(), "$.steps[*].kind")).contains("ANSWER");
        assertThat(JsonPath.<Boolean>read(one.body(), "$.mayAnswer")).isFalse();

        for (String path : List.of("/api/v1/issues/" + notTheirs, "/api/v1/projects/" + other + "/issues",
                "/api/v1/projects/" + other + "/inspections", "/api/v1/issues/999999999")) {
            HttpResponse<String> refused = get(path, pm);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(code(refused)).isEqualTo("not_found");
        }
        assertThat(answer(notTheirs, pm, null, body(0, "不是我的")).statusCode()).isEqualTo(404);
        assertThat(as.as("admin", () -> issues.get(notTheirs)).steps()).as("nothing answered").isEmpty();
    }

    @Test
    void theProjectManagersAnswerIsWrittenOnceForItsKeyAndRefusedOutOfRoleOutOfTurnAndWhenStale() throws Exception {
        long issue = raise(fumin, "雨水篦子缺失（接口测试）");
        long version = as.as("pm", () -> issues.get(issue)).issue().version();

        HttpResponse<String> bySupervisor = answer(issue, supervisor, null, body(version, "不该由监理回复"));
        assertThat(bySupervisor.statusCode()).isEqualTo(403);
        assertThat(code(bySupervisor)).isEqualTo("forbidden");
        HttpResponse<String> empty = answer(issue, pm, null, body(version, "  "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(code(empty)).isEqualTo("issue.error.rectificationRequired");
        HttpResponse<String> noVersion = answer(issue, pm, null, "{\"rectification\": \"已补装\"}");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(code(noVersion)).isEqualTo("bad_request");
        HttpResponse<String> unknownField = answer(issue, pm, null, "{\"version\": " + version
                + ", \"rectification\": \"已补装\", \"photos\": []}");
        assertThat(unknownField.statusCode()).isEqualTo(400);

        HttpResponse<String> first = answer(issue, pm, "answer-1", body(version, "已补装雨水篦子"));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(JsonPath.<String>read(first.body(), "$.status")).isEqualTo("SUBMITTED");
        long newVersion = ((Number) JsonPath.read(first.body(), "$.version")).longValue();
        assertThat(newVersion).isGreaterThan(version);
        HttpResponse<String> again = answer(issue, pm, "answer-1", body(version, "已补装雨水篦子"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(first.body());
        HttpResponse<String> reused = answer(issue, pm, "answer-1", body(version, "换了一句话"));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(code(reused)).isEqualTo("idempotency.error.keyReused");

        IssueDetails after = as.as("pm", () -> issues.get(issue));
        assertThat(after.steps()).extracting(IssueDetails.Step::text).containsExactly("已补装雨水篦子");
        assertThat(after.issue().version()).isEqualTo(newVersion);

        HttpResponse<String> stale = answer(issue, pm, null, body(version, "再回复一次"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(code(stale)).isEqualTo("error.stale");
        HttpResponse<String> outOfTurn = answer(issue, pm, null, body(newVersion, "再回复一次"));
        assertThat(outOfTurn.statusCode()).isEqualTo(422);
        assertThat(code(outOfTurn)).isEqualTo("issue.error.notOpen");
        assertThat(JsonPath.<String>read(outOfTurn.body(), "$.message")).contains("cannot be answered now");
        assertThat(as.as("pm", () -> issues.get(issue)).steps()).as("the refusals wrote nothing").hasSize(1);
    }

    @Test
    void springdocDescribesTheInspectionAndIssuePaths() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        java.util.Map<String, Object> paths = JsonPath.read(doc.body(), "$.paths");
        assertThat(paths).containsKeys("/api/v1/projects/{projectId}/inspections", "/api/v1/projects/{projectId}/issues",
                "/api/v1/issues/{id}", "/api/v1/issues/{id}/answer");
        java.util.Map<String, Object> responses = JsonPath.read(doc.body(),
                "$.paths['/api/v1/issues/{id}/answer'].post.responses");
        assertThat(responses).containsKeys("201", "400", "401", "403", "404", "409", "422", "429", "503");
        List<String> parameters = JsonPath.read(doc.body(), "$.paths['/api/v1/issues/{id}/answer'].post.parameters[*].name");
        assertThat(parameters).contains("Idempotency-Key");
    }
}
