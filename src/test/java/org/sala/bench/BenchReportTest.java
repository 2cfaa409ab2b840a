package org.sala.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark's report part (results files, the doc's table) and the JSON reading of its Vaadin
 * client, on answers recorded from the running app (src/test/resources/org/sala/bench, trimmed).
 * Plain JUnit: no server, no Spring context.
 */
class BenchReportTest {

    private static final String DOC = """
            # Benchmark

            Prose before the figures.

            <!-- bench:table:start -->
            | an old | hand-written table |
            |---|---|
            | 1 | 2 |
            <!-- bench:table:end -->

            Prose after the figures.
            """;

    private static final String RESULTS = String.join("\n",
            "measured\trun\tmachine\tmeasure\tconcurrency\tper_s\tp50_ms\tp95_ms\tp99_ms\tuidl_p95_ms\terrors\tcookies_set\tnote",
            "2026-12-02\tbench/run.sh --quick\t2-core machine\tfront page, cached (GET)\t50\t4642\t9.2\t22.4\t34.6\t\t0\t0\t",
            "2026-12-02\tbench/run.sh --quick\t2-core machine\tfront page, reader starts the live UI\t200\t171\t41.5\t246\t349\t1008\t0\t\t",
            "2026-11-23\tbench/run.sh (full size)\t2-core machine\tsearch 'monsoon' (1 in 10 posts)\t20\t67.1\t281\t454\t918\t\t0\t\tbefore cached pages",
            "");

    @AfterEach
    void noRowsLeft() {
        BenchReport.rows.clear();
    }

    // ---------------------------------------------------------------- the report

    @Test
    void theReportRegeneratesTheTableBetweenTheMarkersFromAResultsFile(@TempDir Path dir) throws IOException {
        Path results = Files.writeString(dir.resolve("results.tsv"), RESULTS);
        Path doc = Files.writeString(dir.resolve("benchmark.md"), DOC);

        BenchReport.report(Map.of("results", results.toString(), "doc", doc.toString()));

        String text = Files.readString(doc);
        assertThat(text).startsWith("# Benchmark\n\nProse before the figures.\n\n<!-- bench:table:start -->\n")
                .endsWith("<!-- bench:table:end -->\n\nProse after the figures.\n")
                .doesNotContain("hand-written table");
        assertThat(tableLines(text)).containsExactly(
                "| measure | concurrency | per s | p50 ms | p95 ms | p99 ms | UIDL p95 ms | errors | more | measured |",
                "|---|---|---|---|---|---|---|---|---|---|",
                "| front page, cached (GET) | 50 | 4,642 | 9.2 | 22.4 | 34.6 |  | 0 | cookies set: 0 | 2026-12-02 (1) |",
                "| front page, reader starts the live UI | 200 | 171 | 41.5 | 246 | 349 | 1,008 | 0 |  | 2026-12-02 (1) |",
                "| search 'monsoon' (1 in 10 posts) | 20 | 67.1 | 281 | 454 | 918 |  | 0 | before cached pages | 2026-11-23 (2) |");
        assertThat(text).contains("Machine: 2-core machine.", "1. 2026-12-02: bench/run.sh --quick\n",
                "2. 2026-11-23: bench/run.sh (full size)\n");

        BenchReport.report(Map.of("results", results.toString(), "doc", doc.toString()));
        assertThat(Files.readString(doc)).as("the report run again").isEqualTo(text);
    }

    @Test
    void aRunsRowsReplaceTheKeptRowsOfTheSameMeasureAndTheOthersStay(@TempDir Path dir) throws IOException {
        Path kept = Files.writeString(dir.resolve("last.tsv"), RESULTS);
        Path doc = Files.writeString(dir.resolve("benchmark.md"), DOC);
        Path run = Files.writeString(dir.resolve("results.tsv"), String.join("\n",
                "measured\trun\tmachine\tmeasure\tconcurrency\tper_s\tkb_per_session",
                "2026-12-03\tbench/run.sh --quick --only readers\t4 cores\tfront page, cached (GET)\t50\t5001.4\t",
                "2026-12-03\tbench/run.sh --quick --only readers\t4 cores\tlive heap per idle reader tab\t200\t\t18.4", ""));

        BenchReport.report(Map.of("results", run.toString(), "merge", kept.toString(), "doc", doc.toString()));

        List<Map<String, String>> rows = BenchReport.read(kept);
        assertThat(rows).extracting(r -> r.get("measure")).containsExactly("front page, cached (GET)",
                "front page, reader starts the live UI", "search 'monsoon' (1 in 10 posts)", "live heap per idle reader tab");
        assertThat(rows.getFirst()).containsEntry("per_s", "5001.4").containsEntry("measured", "2026-12-03")
                .containsEntry("p50_ms", "");
        assertThat(rows.get(1)).containsEntry("per_s", "171").containsEntry("uidl_p95_ms", "1008");
        List<String> table = tableLines(Files.readString(doc));
        assertThat(table).hasSize(6);
        assertThat(table.get(2)).isEqualTo("| front page, cached (GET) | 50 | 5,001 |  |  |  |  |  |  | 2026-12-03 (1) |");
        assertThat(table.get(5)).isEqualTo("| live heap per idle reader tab | 200 |  |  |  |  |  |  | kb per session: 18.4 | 2026-12-03 (1) |");
        assertThat(Files.readString(doc)).as("two machines: each run names its own")
                .contains("1. 2026-12-03: bench/run.sh --quick --only readers; machine: 4 cores\n")
                .contains("2. 2026-12-02: bench/run.sh --quick; machine: 2-core machine\n");
    }

    @Test
    void aRunsRowsAreWrittenWithTheirDateRunAndMachine(@TempDir Path dir) throws IOException {
        var row = BenchReport.row("front page, cached (GET)", 50);
        row.put("per_s", 4642.345);
        row.put("p50_ms", Double.NaN);
        row.put("uidl_p95_ms", null);
        BenchReport.rows.add(row);
        BenchReport.timings("moderation: open the queue (page + first 50 rows)", List.of(110_000_000L, 505_000_000L));

        BenchReport.write(dir, "bench/run.sh --quick", "2 cores");

        assertThat(BenchReport.read(dir.resolve("results.tsv"))).containsExactly(
                Map.of("measured", LocalDate.now().toString(), "run", "bench/run.sh --quick", "machine", "2 cores",
                        "measure", "front page, cached (GET)", "concurrency", "50", "per_s", "4642.3", "p50_ms", "",
                        "uidl_p95_ms", "", "p95_ms", "", "p99_ms", ""),
                Map.of("measured", LocalDate.now().toString(), "run", "bench/run.sh --quick", "machine", "2 cores",
                        "measure", "moderation: open the queue (page + first 50 rows)", "concurrency", "1", "per_s", "",
                        "p50_ms", "110.0", "uidl_p95_ms", "", "p95_ms", "505.0", "p99_ms", "505.0"));
        JsonNode json = Uidl.MAPPER.readTree(Files.readString(dir.resolve("results.json")));
        assertThat(json.get(0).get("per_s").doubleValue()).isEqualTo(4642.3);
        assertThat(json.get(0).get("p50_ms").isNull()).as("a figure not taken is null, not an empty value").isTrue();
        assertThat(Files.readString(dir.resolve("results.md"))).contains("| front page, cached (GET) | 50 | 4642.3 |  |  |");
    }

    @Test
    void figuresFromAThousandOnAreWholeNumbersWithSeparators() {
        assertThat(BenchReport.figure("4642.3")).isEqualTo("4,642");
        assertThat(BenchReport.figure("999.5")).isEqualTo("999.5");
        assertThat(BenchReport.figure("0.09")).isEqualTo("0.09");
        assertThat(BenchReport.figure("4700–5100")).isEqualTo("4,700–5,100");
        assertThat(BenchReport.figure("one session each")).isEqualTo("one session each");
    }

    @Test
    void aDocWithoutTheMarkersIsLeftAloneAndSaysSo(@TempDir Path dir) throws IOException {
        Path results = Files.writeString(dir.resolve("results.tsv"), RESULTS);
        Path doc = Files.writeString(dir.resolve("benchmark.md"), "# Benchmark\n\nNo table here.\n");
        assertThatThrownBy(() -> BenchReport.report(Map.of("results", results.toString(), "doc", doc.toString())))
                .hasMessageContaining("<!-- bench:table:start -->");
        assertThat(Files.readString(doc)).isEqualTo("# Benchmark\n\nNo table here.\n");
    }

    @Test
    void theCommittedResultsAreWhatTheDocShows() throws IOException {
        Path doc = Path.of("docs/benchmark.md");
        String text = Files.readString(doc);
        String generated = BenchReport.replaceTable(text,
                BenchReport.table(BenchReport.read(Path.of("bench/results/last.tsv")), "bench/results/last.tsv"));
        assertThat(text).as("docs/benchmark.md's table, regenerated from bench/results/last.tsv").isEqualTo(generated);
    }

    private static List<String> tableLines(String doc) {
        String table = doc.substring(doc.indexOf(BenchReport.START), doc.indexOf(BenchReport.END));
        return table.lines().filter(line -> line.startsWith("|")).toList();
    }

    // ---------------------------------------------------------------- the client's JSON

    @Test
    void theInitAnswerGivesTheUiItsTokenSyncIdAndId() throws IOException {
        Uidl init = Uidl.parse(resource("uidl-init.json"));
        assertThat(init.securityKey()).contains("016d70b0-e018-4643-8905-5d915d26958b");
        assertThat(init.syncId()).hasValue(0);
        assertThat(init.uiId()).contains("0");
        assertThat(init.attachedNodes()).isEqualTo(2);
        assertThat(init.appError()).isFalse();
    }

    @Test
    void aLivePageBringsItsInitialStateInItsBootstrapScript() throws IOException {
        Uidl page = Uidl.fromPage(resource("live-page.html")).orElseThrow();
        assertThat(page.securityKey()).contains("d6c9a25a-67d0-4845-9d15-8fccd36a46ad");
        assertThat(page.syncId()).hasValue(0);
        assertThat(page.uiId()).contains("1");
        assertThat(page.nodeWithClass("moderation-grid")).hasValue(15);
        assertThat(page.nodeWithClass("moderation-approve-selected")).hasValue(22);
        assertThat(page.nodeWithClass("moderation")).isEmpty();
        assertThat(page.rowKeys()).containsExactly("1", "2", "3");

        assertThat(Uidl.fromPage("<!doctype html><html><head><title>Sala</title></head><body id=\"reader-page\"></body></html>"))
                .as("a cached page has no UI").isEmpty();
        assertThatThrownBy(() -> Uidl.fromPage("<script>window.Vaadin.TypeScript= {\"initial\":{;</script>"))
                .as("a bootstrap script that is not JSON").isInstanceOf(RuntimeException.class);
    }

    @Test
    void anAnswerNamesTheNodeOfAClassAndTheEventDataItsListenersAskFor() throws IOException {
        Uidl answer = Uidl.parse(resource("uidl-comment-form.json"));
        assertThat(answer.syncId()).hasValue(2);
        assertThat(answer.securityKey()).isEmpty();
        assertThat(answer.nodeWithClass("comment-form")).hasValue(74);
        assertThat(answer.nodeWithClass("comment-form-status")).hasValue(23);
        assertThat(answer.attachedNodes()).isEqualTo(6);
        assertThat(answer.eventDataExpression("element.elements.namedItem('name').value"))
                .contains("element.elements.namedItem('name').value.slice(0, 101)");
        assertThat(answer.eventDataExpression("element.elements.namedItem('notifyReplies').checked"))
                .contains("element.elements.namedItem('notifyReplies').checked");
        assertThat(answer.eventDataExpression("element.elements.namedItem('nickname').value")).isEmpty();
        assertThat(answer.says("Post comment")).isTrue();
        assertThat(answer.says("Thank you!")).isFalse();
        assertThat(answer.sentences()).contains("Cancel reply", "Post comment");
    }

    @Test
    void aRefusedRoundTripIsAnAppError() {
        // what Sala answered to a UIDL request with a wrong CSRF token
        Uidl refused = Uidl.parse("{\"changes\":{},\"resources\":{},\"locales\":{},\"meta\":{\"appError\":{\"caption\":null,"
                + "\"url\":null,\"message\":null,\"details\":null,\"querySelector\":null}},\"syncId\":-1}");
        assertThat(refused.appError()).isTrue();
        assertThat(refused.nodeWithClass("comment-form")).isEmpty();
        assertThat(Uidl.tryParse("<html><body>Bad gateway</body></html>")).isEmpty();
    }

    @Test
    void theClientSendsEventsAndCallsAsVaadinsClientWritesThem() {
        assertThat(Uidl.write(Tab.event(9, "sala-activate", Map.of())))
                .isEqualTo("{\"type\":\"event\",\"node\":9,\"event\":\"sala-activate\",\"data\":{}}");
        assertThat(Uidl.write(Tab.call(15, "setViewportRange", 100, 50))).isEqualTo("{\"type\":\"publishedEventHandler\","
                + "\"node\":15,\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[100,50],\"promise\":0}");
        assertThat(Uidl.write(Tab.event(74, "submit", Map.of("element.elements.namedItem('body').value.slice(0, 5001)",
                "\"Quoted\" ស្រីមុំ\n")))).isEqualTo("{\"type\":\"event\",\"node\":74,\"event\":\"submit\",\"data\":"
                + "{\"element.elements.namedItem('body').value.slice(0, 5001)\":\"\\\"Quoted\\\" ស្រីមុំ\\n\"}}");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BenchReportTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
