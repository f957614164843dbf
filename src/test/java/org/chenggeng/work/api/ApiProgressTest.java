package org.chenggeng.work.api;

import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.PeriodLockService;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemRow;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging progress through the API goes through the ledger's service: the same rules, refusals with the rule's
 * code and a sentence in the caller's language, and the same scope as on screen.
 */
@ChenggengTest
class ApiProgressTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    WorkItemService items;
    @Autowired
    WorkTypeService types;
    @Autowired
    ProgressService progress;
    @Autowired
    PeriodLockService locks;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;

    private MockMvcTester mvc;
    private String pm;
    private long benches;
    private long cabling;

    @BeforeEach
    void planFreshItems() throws Exception {
        mvc = ApiTokens.mvc(context);
        pm = apiTokens.issue("pm");
        long fumin = project("YYH-2024-01");
        benches = plan(fumin, "BENCH", "10");
        cabling = plan(fumin, "EXPOSED_LINES", "100");
    }

    @AfterEach
    void revokeTokens() throws Exception {
        apiTokens.revokeAll();
    }

    private long plan(long projectId, String typeCode, String planned) throws Exception {
        Long type = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals(typeCode)).findFirst()
                .orElseThrow().id());
        return as.as("pm", () -> items.create(projectId, new WorkItemData(type, new BigDecimal(planned), "API 测试",
                null, null, null)));
    }

    private long project(String code) throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    private MvcTestResult post(String token, long item, String json, String language) {
        var request = mvc.post().uri("/api/v1/work-items/{id}/progress", item)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.exchange();
    }

    private MvcTestResult post(String token, long item, String json, String language, String key) {
        return mvc.post().uri("/api/v1/work-items/{id}/progress", item)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header("Idempotency-Key", key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language == null ? "zh-CN" : language)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private static String entry(LocalDate date, String quantity, boolean confirm) {
        return """
                {"workDate": "%s", "quantity": %s, "note": "接口填报", "confirmOverrun": %s}
                """.formatted(date, quantity, confirm);
    }

    private WorkItemRow row(long item) throws Exception {
        return as.as("pm", () -> items.item(item));
    }

    /** The refusal in Chinese (no Accept-Language) and in English, and the item unchanged. */
    private void assertRefused(long item, String json, HttpStatus status, String code, String chinese, String english)
            throws Exception {
        WorkItemRow before = row(item);
        MvcTestResult zh = post(pm, item, json, null);
        assertThat(zh).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(zh).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(zh).bodyJson().extractingPath("$.message").asString().contains(chinese);
        MvcTestResult en = post(pm, item, json, "en");
        assertThat(en).hasStatus(status).bodyJson().extractingPath("$.message").asString().contains(english);
        WorkItemRow after = row(item);
        assertThat(after.completed()).isEqualByComparingTo(before.completed());
        assertThat(after.entryCount()).isEqualTo(before.entryCount());
    }

    @Test
    void aGoodEntryIsCreatedAndCountsTowardsTheItem() throws Exception {
        MvcTestResult result = post(pm, benches, entry(LocalDate.now().minusDays(1), "3", false), null);

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(result).bodyJson().extractingPath("$.workItemId").asNumber().isEqualTo((int) benches);
        assertThat(result).bodyJson().extractingPath("$.completed").isEqualTo(3.0);
        assertThat(result).bodyJson().extractingPath("$.overPlan").isEqualTo(false);
        assertThat(row(benches).completed()).isEqualByComparingTo("3");
        assertThat(as.as("pm", () -> progress.ledger(benches))).singleElement().satisfies(e -> {
            assertThat(e.recordedBy()).isEqualTo("pm");
            assertThat(e.note()).isEqualTo("接口填报");
            assertThat(e.quantity()).isEqualByComparingTo("3");
        });
    }

    @Test
    void entriesTheLedgerRefusesAre422WithTheRulesCode() throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertRefused(benches, entry(LocalDate.now().plusDays(1), "1", false), HttpStatus.UNPROCESSABLE_CONTENT,
                "error.dateInFuture", "日期不能晚于今天", "cannot be after today");
        assertRefused(benches, entry(yesterday, "-2", false), HttpStatus.UNPROCESSABLE_CONTENT,
                "progress.error.quantityPositive", "须大于 0", "more than 0");
        assertRefused(cabling, entry(yesterday, "1.234", false), HttpStatus.UNPROCESSABLE_CONTENT,
                "progress.error.twoDecimals", "最多两位小数", "At most two decimals");
        assertRefused(benches, entry(yesterday, "1.5", false), HttpStatus.UNPROCESSABLE_CONTENT,
                "progress.error.wholeNumber", "以“把”计", "Quantities in chair");
        MvcTestResult whole = post(pm, benches, entry(yesterday, "1.5", false), null);
        assertThat(whole).bodyJson().extractingPath("$.arguments").asArray().containsExactly("unit.CHAIR");
    }

    @Test
    void aLockedMonthIsRefused() throws Exception {
        LocalDate lastMonth = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        Long street = as.as("official", () -> locks.lockableRegions().stream()
                .filter(r -> r.name().equals("月牙河街")).findFirst().orElseThrow().id());
        as.run("official", () -> locks.lock(street, YearMonth.from(lastMonth)));
        try {
            assertRefused(benches, entry(lastMonth, "1", false), HttpStatus.UNPROCESSABLE_CONTENT,
                    "progress.error.monthLocked", lastMonth.getYear() + "年" + lastMonth.getMonthValue() + "月 已锁定",
                    java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH).format(lastMonth)
                            + " is locked");
        } finally {
            as.run("official", () -> locks.unlock(street, YearMonth.from(lastMonth)));
        }
        assertThat(post(pm, benches, entry(lastMonth, "1", false), null)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aProjectNotUnderConstructionIsRefused() throws Exception {
        long accepted = as.as("pm", () -> items.items(project("YYH-2022-01")).getFirst().id());
        assertRefused(accepted, entry(LocalDate.of(2022, 6, 1), "1", false), HttpStatus.UNPROCESSABLE_CONTENT,
                "progress.error.projectNotInProgress", "项目当前为“验收”", "The project is \"Accepted\"");
    }

    @Test
    void passingThePlanIsAConflictUntilConfirmed() throws Exception {
        LocalDate today = LocalDate.now();
        assertThat(post(pm, benches, entry(today, "8", false), null)).hasStatus(HttpStatus.CREATED);

        assertRefused(benches, entry(today, "5", false), HttpStatus.CONFLICT, "progress.confirm.overPlan",
                "超出计划", "over the plan");
        MvcTestResult refused = post(pm, benches, entry(today, "5", false), null);
        assertThat(refused).bodyJson().extractingPath("$.arguments").asArray().containsExactly("10", "13");

        MvcTestResult confirmed = post(pm, benches, entry(today, "5", true), null);
        assertThat(confirmed).hasStatus(HttpStatus.CREATED);
        assertThat(confirmed).bodyJson().extractingPath("$.completed").isEqualTo(13.0);
        assertThat(confirmed).bodyJson().extractingPath("$.overPlan").isEqualTo(true);
        assertThat(row(benches).completed()).isEqualByComparingTo("13");
    }

    @Test
    void anItemOutsideTheCallersProjectsIsNotFoundAndOneTheyMayOnlyReadIsForbidden() throws Exception {
        long otherItem = as.as("admin", () -> items.items(project("DWZ-2025-01")).getFirst().id());
        BigDecimal before = as.as("admin", () -> items.item(otherItem)).completed();

        MvcTestResult result = post(pm, otherItem, entry(LocalDate.now(), "1", false), null);
        MvcTestResult unknown = post(pm, 987654321, entry(LocalDate.now(), "1", false), null);
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("not_found");
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
        MvcTestResult english = post(pm, otherItem, entry(LocalDate.now(), "1", false), "en");
        assertThat(english).bodyJson().extractingPath("$.message").isEqualTo("The record does not exist, or you may not see it.");

        String official = apiTokens.issue("official");
        MvcTestResult readOnly = post(official, benches, entry(LocalDate.now(), "1", false), "en");
        assertThat(readOnly).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("forbidden");
        assertThat(readOnly).bodyJson().extractingPath("$.message").isEqualTo("You may not do that.");
        assertThat(as.as("admin", () -> items.item(otherItem)).completed()).isEqualByComparingTo(before);
        assertThat(row(benches).completed()).isEqualByComparingTo("0");
    }

    @Test
    void malformedRequestsAreBadRequestsThatSayWhatIsWrong() throws Exception {
        MvcTestResult missing = post(pm, benches, "{}", null);
        assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(missing).bodyJson().extractingPath("$.code").isEqualTo("bad_request");
        assertThat(missing).bodyJson().extractingPath("$.message").asString().contains("workDate", "quantity");

        MvcTestResult notJson = post(pm, benches, "{\"workDate\": ", null);
        assertThat(notJson).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(notJson).bodyJson().extractingPath("$.message").asString().startsWith("请求正文不是有效的 JSON");

        MvcTestResult badDate = post(pm, benches, "{\"workDate\": \"yesterday\", \"quantity\": 1}", "en");
        assertThat(badDate).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(badDate).bodyJson().extractingPath("$.message").asString().contains("\"workDate\"");
        MvcTestResult badQuantity = post(pm, benches, "{\"workDate\": \"2025-01-06\", \"quantity\": \"many\"}", null);
        assertThat(badQuantity).bodyJson().extractingPath("$.arguments").asArray().containsExactly("quantity");

        MvcTestResult notAnId = mvc.post().uri("/api/v1/work-items/abc/progress")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + pm).contentType(MediaType.APPLICATION_JSON)
                .content(entry(LocalDate.now(), "1", false)).exchange();
        assertThat(notAnId).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.arguments").asArray()
                .containsExactly("id", "abc");

        MvcTestResult plainText = mvc.post().uri("/api/v1/work-items/{id}/progress", benches)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + pm).contentType(MediaType.TEXT_PLAIN).content("3")
                .exchange();
        assertThat(plainText).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).bodyJson().extractingPath("$.code")
                .isEqualTo("unsupported_media_type");
        assertThat(row(benches).entryCount()).isZero();
    }

    @Test
    void aRequestSentAgainWithItsIdempotencyKeyAnswersTheFirstEntryAndLogsNothing() throws Exception {
        String json = entry(LocalDate.now().minusDays(1), "3", false);
        MvcTestResult first = post(pm, benches, json, null, "retry-1");
        MvcTestResult again = post(pm, benches, json, null, "retry-1");

        assertThat(first).hasStatus(HttpStatus.CREATED).doesNotContainHeader("Idempotent-Replayed");
        assertThat(again).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
        assertThat(again).bodyJson().isEqualTo(first.getResponse().getContentAsString());
        assertThat(row(benches).completed()).isEqualByComparingTo("3");
        assertThat(row(benches).entryCount()).isEqualTo(1);

        MvcTestResult another = post(pm, benches, json, null, "retry-2");
        assertThat(another).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.completed").isEqualTo(6.0);
        assertThat(row(benches).entryCount()).isEqualTo(2);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefusedAndChangesNothing() throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertThat(post(pm, benches, entry(yesterday, "3", false), null, "reused")).hasStatus(HttpStatus.CREATED);

        MvcTestResult other = post(pm, benches, entry(yesterday, "4", false), null, "reused");
        assertThat(other).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("idempotency.error.keyReused");
        assertThat(other).bodyJson().extractingPath("$.message").asString().contains("幂等键“reused”已用于另一个请求");
        MvcTestResult english = post(pm, cabling, entry(yesterday, "3", false), "en", "reused");
        assertThat(english).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.message")
                .asString().contains("already used for a different request");
        assertThat(row(benches).entryCount()).isEqualTo(1);
        assertThat(row(cabling).entryCount()).isZero();
    }

    @Test
    void idempotencyKeysBelongToTheirUserAndMustBePrintable() throws Exception {
        String admin = apiTokens.issue("admin");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertThat(post(pm, benches, entry(yesterday, "3", false), null, "shared-key")).hasStatus(HttpStatus.CREATED);
        assertThat(post(admin, benches, entry(yesterday, "3", false), null, "shared-key"))
                .hasStatus(HttpStatus.CREATED).doesNotContainHeader("Idempotent-Replayed");
        assertThat(row(benches).entryCount()).isEqualTo(2);

        MvcTestResult spaced = post(pm, benches, entry(yesterday, "3", false), null, "a key with spaces");
        assertThat(spaced).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.arguments").asArray()
                .containsExactly("Idempotency-Key");
        assertThat(post(pm, benches, entry(yesterday, "3", false), null, "k".repeat(101)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(row(benches).entryCount()).isEqualTo(2);
    }

    @Test
    void aRefusedRequestIsNotRememberedSoItMayBeSentAgainConfirmed() throws Exception {
        LocalDate today = LocalDate.now();
        assertThat(post(pm, benches, entry(today, "11", false), null, "over")).hasStatus(HttpStatus.CONFLICT);
        MvcTestResult confirmed = post(pm, benches, entry(today, "11", true), null, "over");
        assertThat(confirmed).hasStatus(HttpStatus.CREATED).doesNotContainHeader("Idempotent-Replayed");
        assertThat(post(pm, benches, entry(today, "11", true), null, "over"))
                .hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
        assertThat(row(benches).completed()).isEqualByComparingTo("11");
    }

    @Test
    void onlyTheDocumentedTypesAreReadAndUnknownFieldsAreRefusedByName() throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertLenientRefused("{\"workDate\": \"%s\", \"quantity\": \"1\"}".formatted(yesterday), "quantity");
        assertLenientRefused("{\"workDate\": 20400, \"quantity\": 1}", "workDate");
        assertLenientRefused("{\"workDate\": [2025, 11, 21], \"quantity\": 1}", "workDate");
        assertLenientRefused("{\"workDate\": \"%sT10:00:00\", \"quantity\": 1}".formatted(yesterday), "workDate");
        assertLenientRefused("{\"workDate\": \"%s\", \"quantity\": 1, \"confirmOverrun\": \"true\"}"
                .formatted(yesterday), "confirmOverrun");
        assertLenientRefused("{\"workDate\": \"%s\", \"quantity\": 1, \"confirmOverrun\": 1}"
                .formatted(yesterday), "confirmOverrun");
        assertLenientRefused("{\"workDate\": \"%s\", \"quantity\": 1, \"note\": 5}".formatted(yesterday), "note");

        MvcTestResult unknown = post(pm, benches, "{\"workDate\": \"%s\", \"quantity\": 1, \"quantityy\": 2}"
                .formatted(yesterday), null);
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.message")
                .isEqualTo("字段“quantityy”不是该请求的字段；请只发送接口文档列出的字段。");
        assertThat(unknown).bodyJson().extractingPath("$.arguments").asArray().containsExactly("quantityy");
        assertThat(row(benches).entryCount()).isZero();

        assertThat(post(pm, benches, "{\"workDate\": \"%s\", \"quantity\": 1, \"confirmOverrun\": true}"
                .formatted(yesterday), null)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aWorkDateOutsideTheBoundsIsABadRequest() throws Exception {
        MvcTestResult early = post(pm, benches, entry(LocalDate.of(1948, 12, 31), "1", false), null);
        assertThat(early).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("date.error.outOfRange");
        assertThat(early).bodyJson().extractingPath("$.message").asString().contains("workDate", "1949年1月1日");
        assertThat(early).bodyJson().extractingPath("$.arguments").asArray().contains("1949-01-01");
        assertThat(post(pm, benches, entry(LocalDate.of(-999999999, 1, 1), "1", false), "en"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(row(benches).entryCount()).isZero();
    }

    /** A lenient value is a 400 naming the field, in Chinese unless asked otherwise, and stores nothing. */
    private void assertLenientRefused(String json, String field) throws Exception {
        MvcTestResult result = post(pm, benches, json, null);
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("bad_request");
        assertThat(result).bodyJson().extractingPath("$.arguments").asArray().containsExactly(field);
        assertThat(result).bodyJson().extractingPath("$.message").asString().contains("字段“" + field + "”");
        assertThat(row(benches).entryCount()).isZero();
    }

    @Test
    void aQuantityThatWouldOverflowTheItemsTotalIsRefusedAndWritesNothing() throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        for (int i = 0; i < 100; i++) {
            as.run("pm", () -> progress.log(new ProgressService.LogRequest(cabling, yesterday,
                    new BigDecimal("999999999999.99"), null, true)));
        }
        WorkItemRow before = row(cabling);
        assertThat(before.completed()).isEqualByComparingTo("99999999999999.00");

        MvcTestResult overflow = post(pm, cabling, entry(yesterday, "1", true), null);
        assertThat(overflow).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("progress.error.totalTooLarge");
        assertThat(overflow).bodyJson().extractingPath("$.arguments").asArray().containsExactly("99999999999999.99");
        assertThat(row(cabling).entryCount()).isEqualTo(before.entryCount());
        assertThat(post(pm, cabling, entry(yesterday, "0.99", true), null)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aPageBeyondAnyOffsetAndAnOverlongSearchAreBadRequests() throws Exception {
        MvcTestResult page = mvc.get().uri("/api/v1/projects?page=2147483647")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + pm).exchange();
        assertThat(page).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.arguments").asArray()
                .containsExactly("page");
        MvcTestResult text = mvc.get().uri("/api/v1/projects?text=" + "x".repeat(101))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + pm).exchange();
        assertThat(text).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.arguments").asArray()
                .containsExactly("text");
    }
}
