package org.sala.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in a real headless Chromium (Debian's {@code /usr/bin/chromium}, or the one
 * named by {@code SALA_CHROMIUM}) against the running application.
 */
public abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private BrowserContext context;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        String chromium = System.getenv().getOrDefault("SALA_CHROMIUM", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** A fresh browser profile (no cookies) with the given window and language. */
    protected Page newPage(int width, int height, String locale) {
        closeContext();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(locale));
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    protected Page newPage() {
        return newPage(1280, 900, "en-US");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
