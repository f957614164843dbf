package org.chenggeng.load;

import org.chenggeng.load.NodeTree.Node;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.chenggeng.load.NodeTree.hasClass;
import static org.chenggeng.load.NodeTree.tag;

/**
 * The recorded paths, one per role: what a user of that role does, one action per think time, over and over. Each
 * step finds its elements in the page as the server described it (by id, tag or class, never by a recorded node
 * number), sends what Chromium sent for the same click or keystroke (recorded with {@link Recorder}), and checks the
 * answer for the text a user would look for.
 */
final class Paths {

    private Paths() {
    }

    /** One role's path: signs in once, then each call of {@link #step} is one action. */
    interface UserPath {

        String role();

        /** The account, or null for a resident (no account, no session). */
        String username();

        void step(VaadinClient client, Random random);

        /** After a failure the user reloads the page: the path starts again from its first step. */
        void restart();
    }

    /** What every path keeps: its role, its account (none for a resident) and the step it takes next. */
    abstract static class RolePath implements UserPath {

        private final String role;
        private final String username;
        int next;

        RolePath(String role, String username) {
            this.role = role;
            this.username = username;
        }

        @Override
        public String role() {
            return role;
        }

        @Override
        public String username() {
            return username;
        }

        @Override
        public void restart() {
            next = 0;
        }
    }

    private static final Pattern KEY = Pattern.compile("\"key\":\"(\\d+)\"");

    static List<String> keys(String body) {
        List<String> keys = new ArrayList<>();
        Matcher m = KEY.matcher(body);
        while (m.find()) {
            if (!keys.contains(m.group(1))) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /**
     * A project manager on a phone: opens 登记进度, chooses a work item, logs a quantity (confirming past the plan
     * when asked), opens the item's whole ledger, and the project's progress page.
     */
    static final class ProjectManager extends RolePath {

        private final long projectId;
        private final Counter acknowledged;
        private String ledgerHref;

        ProjectManager(String username, long projectId, Counter acknowledged) {
            super("pm", username);
            this.projectId = projectId;
            this.acknowledged = acknowledged;
        }

        @Override
        public void step(VaadinClient c, Random random) {
            switch (next) {
                case 0 -> {
                    c.navigate("pm: open 登记进度", "log");
                    c.expect("pm: open 登记进度", "登记进度");
                }
                case 1 -> {
                    Node item = c.tree().byId("log-item");
                    c.callServer("pm: open the item list", item, "setViewportRange", 0, 50, "");
                    List<String> keys = keys(c.lastBody());
                    if (keys.isEmpty()) {
                        throw new LoadFailure("missing-text", "pm: no work items offered");
                    }
                    String key = keys.get(random.nextInt(keys.size()));
                    c.setValue("pm: choose a work item", item, "value", key, "value-changed");
                    c.expect("pm: choose a work item", "剩余");
                    Node ledger = c.tree().byId("log-ledger");
                    ledgerHref = ledger.attributes.get("href");
                }
                case 2 -> {
                    Node quantity = c.tree().byId("log-quantity");
                    Node save = c.tree().byId("log-save");
                    c.rpcTyped("pm: save an entry", quantity, "value", "1", "change", save);
                    if (c.tree().find(n -> "overrun-confirm".equals(n.attributes.get("id"))).isPresent()) {
                        Node confirm = c.tree().byId("overrun-confirm");
                        c.rpc("pm: confirm past the plan", VaadinClient.event(confirm.id, "confirm",
                                VaadinClient.JSON.createObjectNode()));
                    }
                    c.expect("pm: save an entry", "已登记");
                    acknowledged.add(username());
                }
                case 3 -> {
                    String route = ledgerHref == null ? "projects/" + projectId + "/progress" : ledgerHref;
                    c.navigate("pm: open the item's ledger", route);
                    c.expect("pm: open the item's ledger", "记录");
                }
                default -> {
                    c.navigate("pm: open the project's progress", "projects/" + projectId + "/progress");
                    c.expect("pm: open the project's progress", "完成");
                }
            }
            next = (next + 1) % 5;
        }
    }

    /** A residents' committee member at the doors of the open round: opens the record page, records an answer. */
    static final class Committee extends RolePath {

        private final long roundId;
        private final int door;
        private boolean agree;

        Committee(String username, long roundId, int door) {
            super("committee", username);
            this.roundId = roundId;
            this.door = door;
        }

        @Override
        public void step(VaadinClient c, Random random) {
            if (next == 0) {
                c.navigate("committee: open 入户登记", "consultation/rounds/" + roundId + "/record");
                c.expect("committee: open 入户登记", "入户登记");
            } else {
                List<Node> doors = c.findAll(n -> n.attributes.getOrDefault("id", "").startsWith("door-"));
                if (doors.isEmpty()) {
                    throw new LoadFailure("missing-element", "committee: no doors on the record page");
                }
                Node card = doors.get(door % doors.size());
                agree = !agree;
                String answer = agree ? "answer-agree" : "answer-disagree";
                Node button = c.find("committee: record an answer",
                        tag("vaadin-button").and(hasClass(answer)).and(NodeTree.under(card)));
                c.click("committee: record an answer", button);
                c.expect("committee: record an answer", "记录");
            }
            next = (next + 1) % 4;
        }
    }

    /**
     * An official at the dashboard: opens it, drills down into a work type, changes the year, opens the report
     * and downloads it as Excel (generated in the background while the page polls).
     */
    static final class Official extends RolePath {

        Official(String username) {
            super("official", username);
        }

        @Override
        public void step(VaadinClient c, Random random) {
            switch (next) {
                case 0 -> {
                    c.navigate("official: open the dashboard", "dashboard");
                    c.expect("official: open the dashboard", "城市更新工作总览");
                }
                case 1 -> {
                    Node chart = c.tree().byId("chart-types");
                    ObjectNode data = VaadinClient.JSON.createObjectNode();
                    data.put("event.detail.seriesIndex", 0);
                    data.put("event.detail.dataIndex", 0);
                    data.put("event.detail.name", "");
                    c.rpc("official: drill into a work type", VaadinClient.event(chart.id, "chart-click", data));
                    c.find("official: drill into a work type", n -> "drill-grid".equals(n.attributes.get("id")));
                }
                case 2 -> {
                    Node year = c.tree().byId("dashboard-year");
                    c.setValue("official: choose a year", year, "value", String.valueOf(1 + random.nextInt(4)),
                            "value-changed");
                }
                case 3 -> {
                    c.navigate("official: open the report", "reports");
                    c.expect("official: open the report", "城市更新改造工作报告");
                }
                default -> download(c);
            }
            next = (next + 1) % 5;
        }

        private static void download(VaadinClient c) {
            Node button = c.tree().byId("export-xlsx");
            c.click("official: export Excel", button);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (c.tree().find(n -> "export-link-xlsx".equals(n.attributes.get("id"))).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new LoadFailure("timeout", "official: the export did not finish in 60 s");
                }
                sleep(500);
                c.poll("official: export (poll)");
            }
            Node link = c.tree().byId("export-link-xlsx");
            String href = link.attributes.get("href");
            if (href != null && href.startsWith("{")) {
                // a download handler's address arrives as {"uri": "VAADIN/dynamic/resource/…"}
                href = VaadinClient.JSON.readTree(href).path("uri").asString();
            }
            VaadinClient.Answer file = c.get("official: download Excel", "/" + href);
            byte[] bytes = file.response().body();
            if (file.status() != 200 || bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
                throw new LoadFailure("download", "official: the Excel file is not an .xlsx (" + file.status() + ", "
                        + bytes.length + " bytes)");
            }
        }
    }

    /** A resident on the public page: reads it, sends feedback with the form's token, and tracks it by its code. */
    static final class Resident extends RolePath {

        private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
        private static final Pattern CATEGORY = Pattern.compile("<option value=\"([A-Z_]+)\"");
        private static final Pattern CODE = Pattern.compile("/p/track/([A-Za-z0-9-]+)");
        private final String slug;
        private final Counter sent;
        private String code;
        private String formToken;
        private String formCategory;

        Resident(String slug, Counter sent) {
            super("resident", null);
            this.slug = slug;
            this.sent = sent;
        }

        @Override
        public void step(VaadinClient c, Random random) {
            switch (next) {
                case 0 -> {
                    VaadinClient.Answer page = c.get("resident: open the public page", "/p/" + slug);
                    expect(page, "resident: open the public page", "/p/" + slug + "/feedback");
                }
                case 1 -> {
                    // the form now, and sent after the think time: the portal refuses a form sent faster than a person types
                    VaadinClient.Answer form = c.get("resident: open the feedback form", "/p/" + slug + "/feedback");
                    Matcher token = TOKEN.matcher(form.body());
                    Matcher category = CATEGORY.matcher(form.body());
                    if (!token.find() || !category.find()) {
                        throw new LoadFailure("missing-text", "resident: the form has no token or category");
                    }
                    formToken = token.group(1);
                    formCategory = category.group(1);
                }
                case 2 -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("token", formToken);
                    fields.put("notice", "0");
                    fields.put("category", formCategory);
                    fields.put("text", "负载测试：楼道灯不亮 " + random.nextInt(1_000_000));
                    VaadinClient.Answer sentPage = c.postForm("resident: send feedback", "/p/" + slug + "/feedback",
                            fields);
                    expect(sentPage, "resident: send feedback", "已提交");
                    Matcher m = CODE.matcher(sentPage.body());
                    code = m.find() ? m.group(1) : null;
                    sent.add("resident");
                }
                default -> {
                    if (code != null) {
                        VaadinClient.Answer track = c.get("resident: track the feedback", "/p/track/" + code);
                        expect(track, "resident: track the feedback", code);
                    }
                }
            }
            next = (next + 1) % 4;
        }

        private static void expect(VaadinClient.Answer answer, String action, String text) {
            if (answer.status() != 200 || !answer.body().contains(text)) {
                throw new LoadFailure("missing-text", action + ": " + answer.status() + " without \"" + text + "\"");
            }
        }
    }

    /** Counts acknowledged writes per kind, to compare with the database afterwards. */
    static final class Counter {
        private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> counts =
                new java.util.concurrent.ConcurrentHashMap<>();

        void add(String who) {
            counts.computeIfAbsent(who, k -> new java.util.concurrent.atomic.LongAdder()).increment();
        }

        long total() {
            return counts.values().stream().mapToLong(java.util.concurrent.atomic.LongAdder::sum).sum();
        }

        Map<String, Long> byKey() {
            Map<String, Long> out = new java.util.TreeMap<>();
            counts.forEach((k, v) -> out.put(k, v.sum()));
            return out;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", "sleep");
        }
    }
}
