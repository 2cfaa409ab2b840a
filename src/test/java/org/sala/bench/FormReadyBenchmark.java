package org.sala.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How long a reader waits, in Chromium, from clicking into the comment form of a cached post page
 * until the live form is there (Vaadin's client started, the live page swapped in, the field
 * focused): for a first visit (nothing in the browser's cache) and for a returning reader (the
 * client's scripts cached). A benchmark, not a test: it runs only against a running Sala named by
 * {@code -Dsala.bench.url} (bench/run.sh does that) and writes {@code target/bench/form-ready.md}.
 */
class FormReadyBenchmark {

    private static final String URL = System.getProperty("sala.bench.url");
    private static final String POST = System.getProperty("sala.bench.post", "/");
    private static final int TRIES = Integer.getInteger("sala.bench.tries", 20);

    @Test
    void formReadyAfterTheReaderStartsWriting() throws Exception {
        Assumptions.assumeTrue(URL != null, "-Dsala.bench.url names the Sala to measure");
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("SALA_CHROMIUM", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            List<Double> first = new ArrayList<>();
            List<Double> returning = new ArrayList<>();
            List<Double> typing = new ArrayList<>();
            StringBuilder timeline = new StringBuilder();
            for (int i = 0; i < TRIES; i++) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                first.add(formReady(page, typing));
                if (i == TRIES - 1) timeline.append(timeline(page, "first visit"));
                context.clearCookies();
                returning.add(formReady(page, typing));
                if (i == TRIES - 1) timeline.append(timeline(page, "returning reader"));
                context.close();
            }
            browser.close();
            List<Map<String, String>> rows = new ArrayList<>();
            String report = "| measure | tries | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n"
                    + row("cached page's field has the focus after the click (typing is kept from here)", typing, rows)
                    + row("form ready after the click, first visit", first, rows)
                    + row("form ready after the click, returning reader (scripts cached)", returning, rows);
            Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(Path.of("target", "bench", "form-ready.md"), report + "\n" + timeline);
            // the same rows for Bench.java report (bench/run.sh merges them into bench/results/last.tsv)
            BenchReport.writeTsv(Path.of("target", "bench", "form-ready.tsv"), rows);
            System.out.print(report + "\n" + timeline);
        }
    }

    /** Opens the post as a reader without a session, clicks into the form, waits for the live field. */
    private static double formReady(Page page, List<Double> typing) {
        page.navigate(URL + POST);
        page.locator("#reader-page [data-island=comment-form] input[name=name]").waitFor();
        page.evaluate("() => { window.__ready = null; window.__focused = null;"
                + " document.addEventListener('focusin', () => { if (window.__focused === null) window.__focused = performance.now(); }, true);"
                + " new MutationObserver(() => {"
                + " const live = document.querySelector('#outlet [data-island=comment-form][data-live] input[name=name]');"
                + " if (live && document.activeElement === live && window.__ready === null) window.__ready = performance.now(); })"
                + ".observe(document.body, {subtree: true, childList: true, attributes: true}); }");
        double clicked = ((Number) page.evaluate("() => window.__clicked = performance.now()")).doubleValue();
        page.locator("#reader-page [data-island=comment-form] input[name=name]").click();
        page.waitForFunction("() => window.__ready !== null", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000).setPollingInterval(5));
        typing.add(((Number) page.evaluate("() => window.__focused")).doubleValue() - clicked);
        return ((Number) page.evaluate("() => window.__ready")).doubleValue() - clicked;
    }

    /** Where the last try's time went: each request after the focus, from and to (ms after the focus). */
    @SuppressWarnings("unchecked")
    private static String timeline(Page page, String label) {
        List<List<Object>> entries = (List<List<Object>>) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.startTime >= window.__focused)"
                + ".map(e => [e.name.replace(location.origin, ''), e.startTime - window.__focused,"
                + " e.responseEnd - window.__focused, e.transferSize])");
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s: the field had the focus %.0f ms after the click began, the live field %.0f ms after the focus%n", label,
                ((Number) page.evaluate("() => window.__focused - window.__clicked")).doubleValue(),
                ((Number) page.evaluate("() => window.__ready - window.__focused")).doubleValue()));
        for (List<Object> entry : entries) {
            text.append(String.format(Locale.ROOT, "  %6.0f .. %6.0f ms  %8d B  %s%n", ((Number) entry.get(1)).doubleValue(),
                    ((Number) entry.get(2)).doubleValue(), ((Number) entry.get(3)).longValue(), entry.get(0)));
        }
        return text.toString();
    }

    private static String row(String name, List<Double> millis, List<Map<String, String>> rows) {
        List<Double> sorted = millis.stream().sorted().toList();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("measured", LocalDate.now().toString());
        String run = System.getProperty("sala.bench.run");
        row.put("run", "`FormReadyBenchmark`, " + TRIES + " tries each, headless Chromium" + (run == null ? "" : ", in " + run));
        row.put("machine", System.getProperty("sala.bench.machine", BenchReport.machine()));
        row.put("measure", name);
        row.put("concurrency", "1");
        row.put("p50_ms", String.format(Locale.ROOT, "%.0f", percentile(sorted, 50)));
        row.put("p95_ms", String.format(Locale.ROOT, "%.0f", percentile(sorted, 95)));
        row.put("max_ms", String.format(Locale.ROOT, "%.0f", sorted.getLast()));
        row.put("tries", String.valueOf(sorted.size()));
        rows.add(row);
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", name, sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
