package org.sala.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // as long as the pages' own timeout: with two test JVMs and their browsers on two cores, a
        // Vaadin round trip has taken more than the default 5 s (CommentRulesBrowserTest in CI)
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
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

    /** The browser, for a profile of a special kind (scripts off). */
    protected static Browser browser() {
        return browser;
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A fresh browser profile (no cookies) with the given window and language; others are closed. */
    protected Page newPage(int width, int height, String locale) {
        closeContexts();
        return anotherPerson(width, height, locale);
    }

    /**
     * One more browser profile beside those open, for a second person at work at the same time.
     * {@code window.alert} is hooked in it: {@link #alertsIn(Page)} says whether a script called it.
     */
    protected Page anotherPerson(int width, int height, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(locale));
        context.addInitScript("window.__alerts = []; window.alert = message => window.__alerts.push(String(message));");
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    protected Page anotherPerson() {
        return anotherPerson(1280, 900, "en-US");
    }

    @SuppressWarnings("unchecked")
    protected static List<String> alertsIn(Page page) {
        return (List<String>) page.evaluate("window.__alerts");
    }

    protected Page newPage() {
        return newPage(1280, 900, "en-US");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in on the login page and waits until the staff area is there. */
    protected void signIn(Page page, String username, String password) {
        if (!page.url().contains("/login")) {
            page.navigate(url("/login"));
        }
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(Pattern.compile(".*/staff.*"));
    }

    /**
     * Makes a reader form live as a reader does, by clicking into its first field: on a cached page
     * that starts Vaadin's client and swaps the live page in; on a live page it makes the form live.
     * Returns the live form ({@code comment-form} or {@code subscribe}, the island's name).
     */
    protected static Locator liveForm(Page page, String island) {
        Locator live = page.locator("[data-island=" + island + "][data-live] form");
        if (live.count() == 0) {
            page.locator("[data-island=" + island + "] input:not([tabindex='-1'])").first().click();
            live.waitFor();
        }
        page.locator("#reader-page").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        return live;
    }

    /** Writes a comment into the post's form (made live first) and presses "Post comment". */
    protected static Locator sendComment(Page page, String name, String email, String body) {
        Locator form = liveForm(page, "comment-form");
        form.locator("input[name=name]").fill(name);
        form.locator("input[name=email]").fill(email);
        form.locator("textarea[name=body]").fill(body);
        form.locator(".comment-submit").click();
        return form;
    }

    /** The page as a reader without a session gets it: the cached page, before any script started the UI. */
    protected static boolean isCachedPage(Page page) {
        return page.locator("#reader-page").count() == 1;
    }

    /** A 40 × 30 JPEG in a temporary file, for an upload field. */
    protected static Path photo() {
        try {
            Path file = Files.createTempFile("sala-photo", ".jpg");
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
