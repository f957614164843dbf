package org.chenggeng.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, for the browser journeys. Without Chromium the journeys say so and
 * skip; CI installs it, so there they always run. Screenshots go to target/screenshots for people to look at.
 */
public final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts headless Chromium with the flags this network needs, or skips the calling tests without it. */
    public static Chromium launch(String journeys) throws Exception {
        if (!Files.isExecutable(EXECUTABLE)) {
            System.out.println("SKIPPED " + journeys + ": no Chromium at " + EXECUTABLE
                    + " (install Debian's chromium or set CHROMIUM_PATH)");
            Assumptions.abort("no Chromium at " + EXECUTABLE);
        }
        Files.createDirectories(SHOTS);
        Playwright playwright = Playwright.create();
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** Saves a screenshot of the page, without Vaadin's development tools. */
    public static void shot(Page page, String name, boolean fullPage) {
        page.addStyleTag(new Page.AddStyleTagOptions().setContent("vaadin-dev-tools { display: none !important; }"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(fullPage));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
