package org.chenggeng.shared.api;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API creates what the screens create, through the same services: the same role and scope (out of scope is
 * 404, a role that may not is 403), the same refusals as JSON errors, and each create at most once per key.
 */
@ChenggengTest
class ApiCreatesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    TestUsers as;
    @Autowired
    RegionService regions;
    @Autowired
    CompoundService compounds;
    @Autowired
    ProjectEditing editing;
    @Autowired
    ProjectAccess projects;
    @Autowired
    WorkItemService items;
    @Autowired
    WorkTypeService types;

    private MockMvcTester mvc;
    private String admin;
    private String official;
    private String pm;

    @Autowired
    org.chenggeng.support.SecurityAdmin users;

    /**
     * Projects are created by an official of 大王庄街, so that the demo official's figures, which other tests count,
     * stay as they are.
     */
    @BeforeEach
    void tokens() throws Exception {
        mvc = ApiTokens.mvc(context);
        as.run("admin", () -> {
            if (users.search("api-official", org.springframework.data.domain.PageRequest.of(0, 5)).isEmpty()) {
                Long id = users.create(new org.chenggeng.security.UserAdminService.NewUser("api-official", "接口干部",
                        "api-password-1", org.chenggeng.security.Role.OFFICIAL, regionId("大王庄街"), Set.of()));
                users.resetPassword(id, "api-password-1", false);
            }
        });
        admin = apiTokens.issue("admin");
        official = apiTokens.issue("api-official");
        pm = apiTokens.issue("pm");
    }

    @AfterEach
    void revoke() throws Exception {
        apiTokens.revokeAll();
    }

    private MvcTestResult post(String token, String uri, String key, String json) {
        var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON).content(json);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.exchange();
    }

    private static void assertError(MvcTestResult result, HttpStatus status, String code) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
    }

    private Long regionId(String name) throws Exception {
        return as.as("admin", () -> regions.all().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow().id());
    }

    private Long compoundId(String name) throws Exception {
        return as.as("admin", () -> compounds.inScope().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().id());
    }

    private static long id(MvcTestResult result) throws Exception {
        return ((Number) com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8), "$.id")).longValue();
    }

    @Test
    void anAdministratorAddsATownAndItsCompoundOnceForOneKey() throws Exception {
        Long district = regionId("河东区");
        String key = UUID.randomUUID().toString();
        String town = """
                {"parentId": %d, "name": "接口测试镇", "kind": "TOWN"}""".formatted(district);
        MvcTestResult first = post(admin, "/api/v1/regions", key, town);
        assertThat(first).hasStatus(HttpStatus.CREATED);
        long townId = id(first);
        int count = as.as("admin", () -> regions.all()).size();

        MvcTestResult again = post(admin, "/api/v1/regions", key, town);
        assertThat(again).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
        assertThat(id(again)).isEqualTo(townId);
        assertThat(as.as("admin", () -> regions.all())).hasSize(count);
        assertError(post(admin, "/api/v1/regions", key, town.replace("接口测试镇", "另一个镇")),
                HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.error.keyReused");

        MvcTestResult village = post(admin, "/api/v1/regions", null, """
                {"parentId": %d, "name": "接口测试村", "kind": "VILLAGE"}""".formatted(townId));
        assertThat(village).hasStatus(HttpStatus.CREATED);
        MvcTestResult compound = post(admin, "/api/v1/compounds", UUID.randomUUID().toString(), """
                {"communityId": %d, "name": "接口测试小区", "yearBuilt": 1990, "buildings": 4, "households": 120,
                 "floorArea": 8600.50}""".formatted(id(village)));
        assertThat(compound).hasStatus(HttpStatus.CREATED);
        assertThat(as.as("admin", () -> compounds.byIds(Set.of(id(compound)))).getFirst().households()).isEqualTo(120);
    }

    @Test
    void regionAndCompoundRefusalsAreTheServicesRulesAndOnlyAdministratorsMayCreate() throws Exception {
        Long district = regionId("河东区");
        Long street = regionId("月牙河街");
        int count = as.as("admin", () -> regions.all()).size();
        assertError(post(official, "/api/v1/regions", null, """
                {"parentId": %d, "name": "越权街"}""".formatted(district)), HttpStatus.FORBIDDEN, "forbidden");
        assertError(post(admin, "/api/v1/regions", null, """
                {"parentId": %d, "name": "错层级", "kind": "VILLAGE"}""".formatted(district)),
                HttpStatus.UNPROCESSABLE_ENTITY, "region.error.kindLevel");
        assertError(post(admin, "/api/v1/regions", null, """
                {"parentId": %d, "name": "月牙河街"}""".formatted(district)),
                HttpStatus.UNPROCESSABLE_ENTITY, "region.error.duplicateName");
        assertError(post(admin, "/api/v1/regions", null, """
                {"parentId": %d}""".formatted(district)), HttpStatus.BAD_REQUEST, "bad_request");
        assertError(post(admin, "/api/v1/regions", null, """
                {"parentId": %d, "name": "未知类别", "kind": "PROVINCE"}""".formatted(district)),
                HttpStatus.BAD_REQUEST, "bad_request");
        assertThat(as.as("admin", () -> regions.all())).hasSize(count);

        assertError(post(admin, "/api/v1/compounds", null, """
                {"communityId": %d, "name": "街道上的小区", "buildings": 1, "households": 1, "floorArea": 10}"""
                .formatted(street)), HttpStatus.UNPROCESSABLE_ENTITY, "compound.error.communityRequired");
        assertError(post(admin, "/api/v1/compounds", null, """
                {"communityId": %d, "name": "太大", "buildings": 1, "households": 1, "floorArea": 1e15}"""
                .formatted(regionId("靖江里社区"))), HttpStatus.BAD_REQUEST, "bad_request");
        assertError(post(pm, "/api/v1/compounds", null, """
                {"communityId": %d, "name": "经理的小区", "buildings": 1, "households": 1, "floorArea": 10}"""
                .formatted(regionId("靖江里社区"))), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void anOfficialCreatesAProjectInItsRegionOnlyAndMovesItAlong() throws Exception {
        String project = """
                {"code": "API-%s", "name": "接口创建的项目", "year": 2026, "compoundIds": [%d]}""";
        String key = UUID.randomUUID().toString();
        String suffix = key.substring(0, 8);
        MvcTestResult created = post(official, "/api/v1/projects", key,
                project.formatted(suffix, compoundId("大王庄小区")));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        long projectId = id(created);
        assertThat(post(official, "/api/v1/projects", key, project.formatted(suffix, compoundId("大王庄小区"))))
                .hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");

        assertError(post(official, "/api/v1/projects", null, project.formatted("B" + suffix,
                compoundId("靖江里"))), HttpStatus.FORBIDDEN, "forbidden");
        assertError(post(pm, "/api/v1/projects", null, project.formatted("C" + suffix, compoundId("靖江里"))),
                HttpStatus.FORBIDDEN, "forbidden");
        assertError(post(official, "/api/v1/projects", null, project.formatted(suffix, compoundId("大王庄小区"))),
                HttpStatus.UNPROCESSABLE_ENTITY, "project.error.codeTaken");
        assertError(post(official, "/api/v1/projects", null, """
                {"code": "D%s", "name": "无小区", "year": 2026, "compoundIds": []}""".formatted(suffix)),
                HttpStatus.BAD_REQUEST, "bad_request");

        long version = as.as("api-official", () -> projects.get(projectId)).version();
        MvcTestResult moved = post(official, "/api/v1/projects/" + projectId + "/transitions", UUID.randomUUID()
                .toString(), """
                {"version": %d, "target": "CONSULTING", "note": "接口启动征询"}""".formatted(version));
        assertThat(moved).hasStatus(HttpStatus.CREATED);
        assertThat(moved).bodyJson().extractingPath("$.status").isEqualTo("CONSULTING");
        assertThat(as.as("api-official", () -> projects.get(projectId)).status()).isEqualTo(ProjectStatus.CONSULTING);
        assertError(post(official, "/api/v1/projects/" + projectId + "/transitions", null, """
                {"version": %d, "target": "APPROVED"}""".formatted(version)), HttpStatus.CONFLICT, "error.stale");
        long now = as.as("api-official", () -> projects.get(projectId)).version();
        assertError(post(official, "/api/v1/projects/" + projectId + "/transitions", null, """
                {"version": %d, "target": "COMPLETED"}""".formatted(now)),
                HttpStatus.UNPROCESSABLE_ENTITY, "project.error.illegalTransition");
    }

    @Test
    void aProjectOutsideTheCallersScopeIsNotFoundForTransitionsAndWorkItems() throws Exception {
        Long elsewhere = as.as("admin", () -> editing.create(new ProjectData("API-ELSE-" + UUID.randomUUID()
                .toString().substring(0, 6), "别处的项目", 2026, false, null, null, null, null, null,
                Set.of(compoundId("大王庄小区")))));
        String streetOfficial = apiTokens.issue("official");
        assertError(post(streetOfficial, "/api/v1/projects/" + elsewhere + "/transitions", null, """
                {"version": 0, "target": "CONSULTING"}"""), HttpStatus.NOT_FOUND, "not_found");
        Long type = as.as("admin", () -> types.all().stream().filter(t -> t.data().code().equals("BENCH"))
                .findFirst().orElseThrow().id());
        assertError(post(pm, "/api/v1/projects/" + elsewhere + "/work-items", null, """
                {"workTypeId": %d, "plannedQuantity": 5}""".formatted(type)), HttpStatus.NOT_FOUND, "not_found");
    }

    @Test
    void aProjectManagerPlansWorkOnItsOwnProjectOnceForOneKey() throws Exception {
        Long fumin = as.as("pm", () -> projects.get(lookup("YYH-2024-01"))).id();
        Long type = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals("BENCH"))
                .findFirst().orElseThrow().id());
        int before = as.as("pm", () -> items.items(fumin)).size();
        String key = UUID.randomUUID().toString();
        String body = """
                {"workTypeId": %d, "plannedQuantity": 6, "locationNote": "接口计划"}""".formatted(type);
        assertThat(post(pm, "/api/v1/projects/" + fumin + "/work-items", key, body)).hasStatus(HttpStatus.CREATED);
        assertThat(post(pm, "/api/v1/projects/" + fumin + "/work-items", key, body)).hasStatus(HttpStatus.CREATED)
                .hasHeader("Idempotent-Replayed", "true");
        assertThat(as.as("pm", () -> items.items(fumin))).hasSize(before + 1);
        assertError(post(pm, "/api/v1/projects/" + fumin + "/work-items", null, """
                {"workTypeId": %d, "plannedQuantity": "6"}""".formatted(type)), HttpStatus.BAD_REQUEST, "bad_request");
        assertError(post(pm, "/api/v1/projects/" + fumin + "/work-items", null, """
                {"workTypeId": %d, "plannedQuantity": 6.5}""".formatted(type)),
                HttpStatus.UNPROCESSABLE_ENTITY, "progress.error.wholeNumber");
        assertThat(as.as("pm", () -> items.items(fumin))).hasSize(before + 1);
    }

    @Test
    void theOpenApiDocumentDescribesTheCreates() {
        MvcTestResult doc = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(doc).bodyJson().extractingPath("$.paths").asMap().containsKeys("/api/v1/regions",
                "/api/v1/compounds", "/api/v1/projects/{id}/transitions");
        assertThat(doc).bodyJson().extractingPath("$.paths['/api/v1/projects'].post.operationId")
                .isEqualTo("createProject");
        assertThat(doc).bodyJson().extractingPath("$.paths['/api/v1/regions'].post.responses").asMap()
                .containsKeys("201", "400", "401", "403", "422", "429");
        assertThat(doc).bodyJson().extractingPath("$.components.schemas.RegionRequest.properties.kind.enum")
                .asArray().contains("TOWN", "COUNTY", "VILLAGE");
    }

    @Autowired
    org.chenggeng.project.ProjectQueries queries;

    private long lookup(String code) throws Exception {
        return as.as("pm", () -> queries.all(org.chenggeng.project.ProjectFilter.none()).stream()
                .filter(p -> p.code().equals(code)).findFirst().orElseThrow().id());
    }
}
