package org.chenggeng.load;

import org.chenggeng.load.NodeTree.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user's browser tab, at the protocol level: its cookies, the page's CSRF token for the login form,
 * and for the Vaadin UI of the page it has open, the UI id, the security key, the sync and client ids, and the
 * state tree built from the answers. Each method is one thing a browser would send, timed as one action when
 * given a name. Every answer is checked as a user would check it: an expired session, a server error or a
 * Vaadin error notification is a failure.
 */
final class VaadinClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAM = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final Metrics metrics;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;
    private String csrfParameter = "_csrf";
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private NodeTree tree = new NodeTree();
    private String lastBody = "";
    private String location = "";
    private int historyIndex;
    private final java.util.Set<Integer> notifications = new java.util.HashSet<>();
    private final List<JsonNode> closing = new java.util.ArrayList<>();

    VaadinClient(HttpClient http, String base, Metrics metrics) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.metrics = metrics;
    }

    NodeTree tree() {
        return tree;
    }

    String lastBody() {
        return lastBody;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    // ---- plain HTTP -------------------------------------------------------------------------------------------

    record Answer(int status, String body, HttpResponse<byte[]> response) { }

    Answer get(String action, String path) {
        return send(action, HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer postForm(String action, String path, Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(action, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private Answer send(String action, HttpRequest.Builder builder) {
        builder.timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            builder.header("Cookie", header.toString());
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new LoadFailure("io", action + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", action);
        }
        long nanos = System.nanoTime() - start;
        for (String set : response.headers().allValues("set-cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        int status = response.statusCode();
        if (status >= 500) {
            throw new LoadFailure("http-" + status, action + ": " + abbreviate(body));
        }
        if (status == 302 || status == 303) {
            String to = response.headers().firstValue("location").orElse("/");
            if (action != null) {
                metrics.action(action, nanos, response.body().length);
            }
            return follow(action, to);
        }
        if (action != null) {
            metrics.action(action, nanos, response.body().length);
        }
        return new Answer(status, body, response);
    }

    private Answer follow(String action, String to) {
        URI target = URI.create(base + "/").resolve(to);
        String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return get(action == null ? null : action + " (redirect)", path);
    }

    // ---- the Vaadin UI -----------------------------------------------------------------------------------------

    /**
     * Opens a page as a browser does on a full load: the HTML (from which the login form's CSRF token comes), then
     * the UI's init request, whose answer is the first state of the page.
     */
    void open(String action, String route) {
        unload();
        Answer page = get(action, "/" + route);
        Matcher m = CSRF.matcher(page.body());
        csrf = m.find() ? m.group(1) : null;
        Matcher p = CSRF_PARAM.matcher(page.body());
        if (p.find()) {
            csrfParameter = p.group(1);
        }
        URI landed = page.response().uri();
        location = landed.getRawPath().substring(1);
        String query = landed.getRawQuery() == null ? "" : landed.getRawQuery();
        Answer init = get(action == null ? null : action + " (init)", "/?v-r=init&location=" + enc(location)
                + "&query=" + enc(query) + "&v-wn=chenggeng-load&v-np=true&v-ww=1280&v-wh=800&v-bw=1280&v-bh=800"
                + "&v-tzo=-480&v-dstd=0&v-dston=false&v-tzid=Asia%2FShanghai&v-rtzo=-480&v-curdate="
                + System.currentTimeMillis() + "&v-td=false&v-pr=1&v-wsd=false");
        JsonNode json = JSON.readTree(init.body());
        JsonNode uidl = json.path("appConfig").path("uidl");
        if (uidl.isMissingNode()) {
            throw new LoadFailure("init", action + ": no UIDL in " + abbreviate(init.body()));
        }
        uiId = json.path("appConfig").path("v-uiId").asInt(uidl.path("v-uiId").asInt());
        tree = new NodeTree();
        notifications.clear();
        closing.clear();
        syncId = 0;
        clientId = 0;
        historyIndex = 0;
        accept(action, uidl, init.body());
        // The page's own first navigation, as the client sends it once the bootstrap has run
        ObjectNode data = JSON.createObjectNode();
        data.put("route", "/" + location);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        rpc(action == null ? null : action + " (view)", event(1, "ui-navigate", data));
    }

    /** What the browser sends as it leaves a page (the unload beacon): the server drops the UI at once. */
    void unload() {
        if (uiId < 0 || securityKey == null) {
            return;
        }
        ObjectNode request = JSON.createObjectNode();
        request.put("csrfToken", securityKey);
        request.putArray("rpc");
        request.put("UNLOAD", true);
        send(null, HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
        uiId = -1;
    }

    /** The heartbeat the browser sends every heartbeat interval, which keeps an open page's UI alive. */
    void heartbeat() {
        if (uiId >= 0) {
            send(null, HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=" + uiId))
                    .POST(HttpRequest.BodyPublishers.noBody()));
        }
    }

    String location() {
        return location;
    }

    boolean onLoginPage() {
        return location.startsWith("login");
    }

    /** Signs in with the login form as the browser submits it, then opens where the server sends it. */
    void login(String action, String username, String password) {
        if (csrf == null) {
            open(null, "login");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        if (csrf != null) {
            form.put(csrfParameter, csrf);
        }
        Answer landed = postForm(action, "/login", form);
        String path = landed.response().uri().getRawPath();
        if (path.startsWith("/login")) {
            throw new LoadFailure("login", username + " was not signed in: " + landed.response().uri());
        }
        open(action == null ? null : action + " (page)", path.substring(1));
    }

    /** Client-side navigation, as a router link or the menu does it. */
    void navigate(String action, String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        ObjectNode state = data.putObject("historyState");
        state.put("idx", ++historyIndex);
        data.put("trigger", "client");
        rpc(action, event(1, "ui-navigate", data));
        location = route;
    }

    void click(String action, Node node) {
        rpc(action, event(node.id, "click", eventData(node, "click")));
    }

    /** Types a value into a field: the property the field synchronises, then the event that carries it. */
    void setValue(String action, Node node, String property, Object value, String event) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", NodeTree.ELEMENT_PROPERTIES);
        sync.put("property", property);
        sync.set("value", JSON.valueToTree(value));
        rpc(action, sync, event(node.id, event, eventData(node, event)));
    }

    /** Types into a field and, in the same request as Chromium sends it, clicks a button (a field's change, then the click). */
    void rpcTyped(String action, Node field, String property, Object value, String event, Node button) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", field.id);
        sync.put("feature", NodeTree.ELEMENT_PROPERTIES);
        sync.put("property", property);
        sync.set("value", JSON.valueToTree(value));
        rpc(action, sync, event(field.id, event, eventData(field, event)), event(button.id, "click",
                eventData(button, "click")));
    }

    /** A call of a method the server published on the element ({@code $server.method(...)}). */
    void callServer(String action, Node node, String method, Object... args) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node.id);
        call.put("templateEventMethodName", method);
        ArrayNode list = call.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            list.add(JSON.valueToTree(arg));
        }
        call.put("promise", 0);
        rpc(action, call);
    }

    /** One request of the poll that a page runs while a background task works. */
    void poll(String action) {
        rpc(action, event(1, "ui-poll", JSON.createObjectNode()));
    }

    static ObjectNode event(int node, String type, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", type);
        event.set("data", data);
        return event;
    }

    /** The event data the server asked for with the listener: zeros and falses for a click's coordinates and keys. */
    private static ObjectNode eventData(Node node, String type) {
        ObjectNode data = JSON.createObjectNode();
        JsonNode expressions = node.listeners.get(type);
        if (expressions != null && expressions.isObject()) {
            for (var name : expressions.propertyNames()) {
                if (name.startsWith("event.") && name.endsWith("Key")) {
                    data.put(name, false);
                } else if (name.equals("event.detail")) {
                    data.put(name, 1);
                } else if (name.startsWith("event.")) {
                    data.put(name, 0);
                }
            }
        }
        return data;
    }

    void rpc(String action, JsonNode... calls) {
        ObjectNode request = JSON.createObjectNode();
        request.put("csrfToken", securityKey);
        ArrayNode rpc = request.putArray("rpc");
        closing.forEach(rpc::add);
        closing.clear();
        for (JsonNode call : calls) {
            rpc.add(call);
        }
        request.put("syncId", syncId);
        request.put("clientId", clientId);
        Answer answer = send(action, HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
        String body = answer.body();
        dump(action, body);
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(body);
        accept(action, json.isArray() ? json.get(0) : json, body);
    }

    private void accept(String action, JsonNode uidl, String raw) {
        lastBody = raw;
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new LoadFailure("session-expired", action);
        }
        if (!meta.path("appError").isMissingNode()) {
            throw new LoadFailure("app-error", action + ": " + meta.path("appError"));
        }
        if (uidl.has("Vaadin-Security-Key")) {
            securityKey = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        tree.apply(uidl.get("changes"));
        if (uidl.has("redirect")) {
            throw new LoadFailure("redirect", action + ": " + uidl.get("redirect"));
        }
        for (Node n : tree.findAll(n -> "vaadin-notification".equals(n.tag))) {
            if (!notifications.add(n.id)) {
                continue;
            }
            // the browser closes a notification when its time is up, and tells the server, which then drops it
            ObjectNode close = JSON.createObjectNode();
            close.put("type", "mSync");
            close.put("node", n.id);
            close.put("feature", NodeTree.ELEMENT_PROPERTIES);
            close.put("property", "opened");
            close.put("value", false);
            closing.add(close);
            closing.add(event(n.id, "opened-changed", JSON.createObjectNode()));
            String theme = n.attributes.getOrDefault("theme", "") + " " + n.property("theme");
            if (theme.contains("error")) {
                throw new LoadFailure("error-notification", action + ": " + n.textContent() + " "
                        + n.property("text"));
            }
        }
    }

    /** Fails unless the text is in the last answer (its changes or its JavaScript), as a user would read it. */
    void expect(String action, String text) {
        if (!lastBody.contains(text) && !jsonEscaped(lastBody).contains(text)) {
            throw new LoadFailure("missing-text", action + ": no \"" + text + "\" in " + abbreviate(lastBody));
        }
    }

    Node find(String action, Predicate<Node> test) {
        return tree.find(test).orElseThrow(() -> new LoadFailure("missing-element", action));
    }

    List<Node> findAll(Predicate<Node> test) {
        return tree.findAll(test);
    }

    private static String jsonEscaped(String body) {
        return body.contains("\\u") ? unescapeUnicode(body) : body;
    }

    private static String unescapeUnicode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                try {
                    out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                } catch (NumberFormatException ignored) {
                    // not an escape
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static final String DUMP = System.getProperty("load.dump");
    private static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();

    /** With -Dload.dump=DIR, every UIDL answer is written there, to see what a page sends (load/README.md). */
    private static void dump(String action, String body) {
        if (DUMP != null && action != null) {
            try {
                String name = String.format(java.util.Locale.ROOT, "%04d-%s.json", DUMPED.incrementAndGet(),
                        action.replaceAll("[^A-Za-z0-9]+", "-"));
                java.nio.file.Files.writeString(java.nio.file.Path.of(DUMP, name), body);
            } catch (IOException e) {
                throw new LoadFailure("dump", e.toString());
            }
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
