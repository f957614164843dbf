package org.chenggeng.reporting.api;

import com.jayway.jsonpath.JsonPath;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.reporting.DashboardService;
import org.chenggeng.reporting.DemoNarrativeTest;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Roll-ups through the API: the same figures and sentence as the report, in the caller's scope, JSON errors. */
@ChenggengTest
class ApiRollupsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;
    @Autowired
    DashboardService dashboards;

    private MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTokens.mvc(context);
    }

    @AfterEach
    void revokeTokens() throws Exception {
        apiTokens.revokeAll();
    }

    private MvcTestResult get(String token, String uri, String language) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
    }

    private long project(String code) throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    @Test
    void theRollupOfJingjiangDongliIn2022HasTheReportsSentenceAndQuantities() throws Exception {
        String token = apiTokens.issue("official");
        long id = project("YYH-2022-01");
        MvcTestResult result = get(token, "/api/v1/rollups?project=" + id + "&from=2022-01-01&to=2022-12-31", "zh-CN");
        assertThat(result).hasStatus(HttpStatus.OK);
        String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.narrative")).isEqualTo(DemoNarrativeTest.REPORT_2022);
        List<Number> wells = JsonPath.read(json, "$.types[?(@.code == 'SEWAGE_WELL')].completed");
        assertThat(wells).singleElement().satisfies(n -> assertThat(n.intValue()).isEqualTo(869));
        assertThat((Integer) JsonPath.read(json, "$.headline.projects")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(json, "$.consultation.consentPassed")).isEqualTo(1);
        String english = get(token, "/api/v1/rollups?project=" + id + "&from=2022-01-01&to=2022-12-31", "en")
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(english, "$.narrative")).startsWith("The renewal tidied 1,742 m");
    }

    @Test
    void aProjectManagerRollsUpOnlyTheirProjectsAndBadInputIsAJsonError() throws Exception {
        String token = apiTokens.issue("pm");
        String json = get(token, "/api/v1/rollups", "zh-CN").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(json, "$.headline.projects")).isEqualTo(2);
        List<String> codes = JsonPath.read(json, "$.projects[*].code");
        assertThat(codes).containsExactlyInAnyOrder("YYH-2022-01", "YYH-2024-01");
        MvcTestResult outside = get(token, "/api/v1/rollups?project=" + project("YYH-2023-01"), "zh-CN");
        assertThat(outside).hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("not_found");
        MvcTestResult reversed = get(token, "/api/v1/rollups?from=2022-12-31&to=2022-01-01", "zh-CN");
        assertThat(reversed).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) JsonPath.read(reversed.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code"))
                .isEqualTo("report.error.periodReversed");
        MvcTestResult badDate = get(token, "/api/v1/rollups?from=2022-13-01", "zh-CN");
        assertThat(badDate).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theRollupOf2022CountsTheProjectsActiveIn2022AsTheDashboardOf2022Does() throws Exception {
        String token = apiTokens.issue("official");
        var dashboard = as.as("official", () -> dashboards.dashboard(new ProjectFilter(null, null, 2022, null, null)));
        for (String query : List.of("?from=2022-01-01&to=2022-12-31", "?year=2022")) {
            String json = get(token, "/api/v1/rollups" + query, "zh-CN").getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat((Integer) JsonPath.read(json, "$.headline.projects")).as(query)
                    .isEqualTo(dashboard.headline().projects());
            assertThat((Integer) JsonPath.read(json, "$.headline.households")).as(query)
                    .isEqualTo(dashboard.headline().households());
            List<Number> planned = JsonPath.read(json, "$.types[?(@.code == 'SEWAGE_WELL')].planned");
            List<Number> completed = JsonPath.read(json, "$.types[?(@.code == 'SEWAGE_WELL')].completed");
            assertThat(planned).singleElement().satisfies(n -> assertThat(n.intValue()).isEqualTo(869));
            assertThat(completed).singleElement().satisfies(n -> assertThat(n.intValue()).isEqualTo(869));
        }
    }

    @Test
    void withoutAcceptLanguageRollupsAndReportDownloadsAreInChinese() throws Exception {
        String token = apiTokens.issue("official");
        long id = project("YYH-2022-01");
        String query = "?project=" + id + "&from=2022-01-01&to=2022-12-31";
        MvcTestResult rollup = mvc.get().uri("/api/v1/rollups" + query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        String json = rollup.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.narrative")).isEqualTo(DemoNarrativeTest.REPORT_2022);
        List<String> names = JsonPath.read(json, "$.types[?(@.code == 'SEWAGE_WELL')].name");
        assertThat(names).containsExactly("污水井清淘");
        MvcTestResult csv = mvc.get().uri("/api/v1/reports" + query + "&format=CSV")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(csv).hasStatus(HttpStatus.OK);
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("污水井清淘");
        assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("UTF-8''%E5%9F%8E");
    }

    @Test
    void datesOutsideTheCenturyAreRefusedAsABadRequestInsteadOfReportingNothing() throws Exception {
        String token = apiTokens.issue("official");
        MvcTestResult extreme = mvc.get().uri("/api/v1/rollups?from=-999999999-01-01")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(extreme).hasStatus(HttpStatus.BAD_REQUEST);
        String json = extreme.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.code")).isEqualTo("date.error.outOfRange");
        assertThat((String) JsonPath.read(json, "$.message")).contains("from").contains("1949年1月1日")
                .contains("2100年12月31日").contains("日期");
        assertThat(get(token, "/api/v1/reports?format=CSV&to=2101-01-01", "en")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get(token, "/api/v1/rollups?from=1949-01-01&to=2100-12-31", "en")).hasStatus(HttpStatus.OK);
    }

    @Test
    void theReportDocumentDownloadsAsWordWithTheSentence() throws Exception {
        String token = apiTokens.issue("official");
        long id = project("YYH-2022-01");
        MvcTestResult result = get(token, "/api/v1/reports?format=DOCX&project=" + id
                + "&from=2022-01-01&to=2022-12-31", "zh-CN");
        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
                .contains(".docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getParagraphs()).extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .contains(DemoNarrativeTest.REPORT_2022);
        }
        assertThat(get(token, "/api/v1/reports?format=RTF", "zh-CN")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Autowired
    org.chenggeng.evidence.PhotoPairs pairs;

    @Test
    void aProjectsPdfTakesItsPhotoAppendixWhenAskedFor() throws Exception {
        var item = pairs.newItem("接口 " + System.nanoTime());
        pairs.photo(item, org.chenggeng.evidence.Phase.BEFORE, java.time.LocalDateTime.of(2022, 3, 8, 9, 0));
        pairs.photo(item, org.chenggeng.evidence.Phase.AFTER, java.time.LocalDateTime.of(2022, 10, 8, 9, 0));
        String token = apiTokens.issue("official");
        for (boolean photos : new boolean[]{true, false}) {
            MvcTestResult result = get(token, "/api/v1/reports?format=PDF&project=" + item.projectId()
                    + (photos ? "&photos=true" : ""), "zh-CN");
            assertThat(result).hasStatus(HttpStatus.OK);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                long images = 0;
                for (var page : doc.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        images += page.getResources().isImageXObject(name) ? 1 : 0;
                    }
                }
                if (photos) {
                    assertThat(text).contains(item.name().replaceAll("\\s+", ""), "拍摄于2022年3月8日");
                    assertThat(images).isGreaterThanOrEqualTo(2);
                } else {
                    assertThat(text).doesNotContain("附件：施工前后对比照片");
                    assertThat(images).isZero();
                }
            }
        }
    }
}
