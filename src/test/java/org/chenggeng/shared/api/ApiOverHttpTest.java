package org.chenggeng.shared.api;

import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.CannotCreateTransactionException;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

/**
 * The API over real HTTP, through Tomcat and every filter: each answer is the API's JSON error shape, whatever
 * refuses the request (Tomcat, the security filters while the database is down, the write limit), and a logged
 * entry is answered from what was committed even when reading afterwards fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "chenggeng.api.write-limit=3")
@ActiveProfiles({"demo", "test"})
class ApiOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    TestUsers as;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    WorkTypeService types;
    @Autowired
    ProgressService progress;
    @MockitoSpyBean
    WorkItemService items;
    @MockitoSpyBean
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private volatile boolean databaseDown;
    private String pm;
    private long benches;

    @BeforeEach
    void tokenAndItem() throws Exception {
        doAnswer(call -> {
            if (databaseDown) {
                throw new SQLTransientConnectionException("connection refused (test)");
            }
            return call.callRealMethod();
        }).when(dataSource).getConnection();
        pm = apiTokens.issue("pm");
        long fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Long type = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals("BENCH")).findFirst()
                .orElseThrow().id());
        benches = as.as("pm", () -> items.create(fumin, new WorkItemData(type, new BigDecimal("100"), "HTTP 测试",
                null, null, null)));
    }

    @AfterEach
    void cleanUp() throws Exception {
        databaseDown = false;
        apiTokens.revokeAll();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder logOne(String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/work-items/" + benches
                        + "/progress")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"workDate\": \"" + LocalDate.now().minusDays(1)
                        + "\", \"quantity\": 1}"));
    }

    /** Sends bytes as they are, for requests a well-behaved client library refuses to send. */
    private String raw(String requestLine, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            out.write(request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertJsonError(String response, String status, String code) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response.toLowerCase()).contains("content-type: application/json");
        assertThat(response).contains("\"code\":\"" + code + "\"").contains("\"message\":\"").contains("\"arguments\":[");
    }

    @Test
    void anEntryIsAnsweredFromWhatWasCommittedWhenReadingAfterwardsFails() throws Exception {
        WorkItemService spy = AopTestUtils.getUltimateTargetObject(items);
        doThrow(new CannotCreateTransactionException("database gone after the commit (test)")).when(spy)
                .item(anyLong());

        HttpResponse<String> logged = send(logOne(pm));

        assertThat(logged.statusCode()).isEqualTo(201);
        assertThat(logged.body()).contains("\"completed\":1.00").contains("\"planned\":100.00");
        assertThat(as.as("pm", () -> progress.ledger(benches))).hasSize(1);
        assertThatThrownBy(() -> as.as("pm", () -> items.item(benches)))
                .isInstanceOf(CannotCreateTransactionException.class);
    }

    @Test
    void writesBeyondTheTokensLimitAre429WithRetryAfterAndWriteNothing() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(logOne(pm)).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> refused = send(logOne(pm).header("Accept-Language", "en"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 20L);
        assertThat(refused.body()).contains("\"code\":\"too_many_requests\"").contains("at most 3 a minute");
        assertThat(as.as("pm", () -> items.item(benches)).entryCount()).isEqualTo(3);
        assertThat(send(get("/api/v1/projects", pm)).statusCode()).isEqualTo(200);
        // the limit is the token's: the same user's second token has writes left
        String secondOfTheSameUser = apiTokens.issue("pm");
        assertThat(send(logOne(secondOfTheSameUser)).statusCode()).isEqualTo(201);
    }

    @Test
    void aTokenLookupWhileTheDatabaseIsDownIs503InTheApisShape() throws Exception {
        databaseDown = true;
        HttpResponse<String> answer = send(get("/api/v1/projects", pm));
        databaseDown = false;

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(answer.body()).contains("\"code\":\"unavailable\"").contains("稍后重试");
    }

    @Test
    void aPageNumberPastAnyOffsetIsABadRequestNamingIt() throws Exception {
        HttpResponse<String> answer = send(get("/api/v1/projects?page=2147483647", pm));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"bad_request\"").contains("\"arguments\":[\"page\"]");
    }

    @Test
    void whatTomcatRefusesIsAnsweredAsJsonToo() throws Exception {
        assertJsonError(raw("GET /api/v1/projects?page=%zz HTTP/1.1", "Authorization: Bearer " + pm),
                "400", "bad_request");
        assertJsonError(raw("GET /api/v1/projects HTTP/1.1", "Authorization: Bearer cg_" + "x".repeat(20_000)),
                "400", "bad_request");
        assertJsonError(raw("GET /api/v1/projects?text=" + "x".repeat(20_000) + " HTTP/1.1",
                "Authorization: Bearer " + pm), "400", "bad_request");
        assertJsonError(raw("GET /api/v1/projects?text=" + "x".repeat(200) + " HTTP/1.1",
                "Authorization: Bearer " + pm), "400", "bad_request");
    }
}
