package org.chenggeng.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.util.List;

/**
 * Records what Chromium sends for a path, to write it as a step of {@link Paths}: signs in as the given user,
 * then runs the steps ({@code goto:/route}, {@code click:<css>}, {@code fill:<css>=<text>}, {@code press:<key>},
 * {@code wait:<ms>}) and prints every UIDL request's payload and every answer's size.
 *
 * <pre>scripts/load-record.sh http://127.0.0.1:8080 pm goto:/log click:#log-item</pre>
 */
public final class Recorder {

    public static void main(String[] args) {
        String base = args[0];
        String user = args[1];
        String password = System.getProperty("load.password", "chenggeng-demo");
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("load.chromium", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
            page.onRequest(r -> {
                if (r.url().contains("v-r=uidl") || "POST".equals(r.method())) {
                    System.out.println(">> " + r.method() + " " + r.url().replace(base, "") + " "
                            + (r.postData() == null ? "" : r.postData()));
                }
            });
            page.onResponse(r -> {
                if (r.url().contains("v-r=")) {
                    System.out.println("<< " + r.status() + " " + r.url().replace(base, "") + " "
                            + r.body().length + " bytes");
                }
            });
            page.navigate(base + "/login");
            page.fill("input[name=username]", user);
            page.fill("input[name=password]", password);
            page.keyboard().press("Enter");
            page.waitForTimeout(3000);
            for (int i = 2; i < args.length; i++) {
                String step = args[i];
                System.out.println("== " + step);
                int colon = step.indexOf(':');
                String kind = step.substring(0, colon);
                String value = step.substring(colon + 1);
                switch (kind) {
                    case "goto" -> page.navigate(base + value);
                    case "click" -> page.click(value);
                    case "fill" -> page.fill(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                    case "press" -> page.keyboard().press(value);
                    case "wait" -> page.waitForTimeout(Double.parseDouble(value));
                    default -> throw new IllegalArgumentException("unknown step " + step);
                }
                page.waitForTimeout(1500);
            }
            browser.close();
        }
    }
}
