import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sala's benchmark client: fills the database in SQL and drives the running server over HTTP,
 * speaking Vaadin's protocol (page GET, then a UIDL POST with the page's CSRF token and sync id).
 *
 * <pre>java -cp mariadb-java-client.jar bench/src/Bench.java fill --db-port P --posts N --comments M
 * java bench/src/Bench.java run --url http://127.0.0.1:8080 --pid PID [--seconds 20] [--sessions 1000]</pre>
 */
public class Bench {

    static final String[] WORDS = {"rivers", "mountains", "harvest", "monsoon", "temple", "market", "festival",
            "village", "weaving", "railway"};
    static final String[] FIRST = {"amber", "cobalt", "silver", "golden", "crimson", "indigo", "ivory", "jade",
            "scarlet", "olive", "copper", "violet", "azure"};
    static final String[] SECOND = {"fox", "heron", "tiger", "lotus", "falcon", "otter", "mango", "orchid",
            "gecko", "crane", "bamboo"};

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        switch (args[0]) {
            case "fill" -> fill(opts);
            case "run" -> run(opts);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- data fill

    static String elt(String[] words, String index) {
        return "ELT(1 + (" + index + "), '" + String.join("','", words) + "')";
    }

    static String enc(String sqlExpr) {
        return "CONCAT('w', LOWER(HEX(" + sqlExpr + ")))";
    }

    static void fill(Map<String, String> o) throws Exception {
        int posts = Integer.parseInt(o.getOrDefault("posts", "100000"));
        int comments = Integer.parseInt(o.getOrDefault("comments", "1000000"));
        String url = "jdbc:mariadb://127.0.0.1:" + o.get("db-port") + "/sala?user=root&allowMultiQueries=true";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM comment) FROM post");
            rs.next();
            if (rs.getLong(1) == posts && rs.getLong(2) == comments + 50) {
                System.out.println("Data set already in place: " + posts + " posts, " + comments + " comments");
                return;
            }
            long t0 = System.nanoTime();
            s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            for (String table : List.of("comment_decision", "comment_notification", "comment", "post_search",
                    "post_category", "post_tag", "post_slug_redirect", "post")) {
                s.execute("DELETE FROM " + table);
            }
            s.execute("INSERT IGNORE INTO account (username, display_name, email, enabled, created_at) "
                    + "VALUES ('bench', 'Bench Author', 'bench@example.org', TRUE, NOW(6))");
            s.execute("SET @author = (SELECT id FROM account WHERE username = 'bench')");
            // Post n is published n*15 minutes after 2020-01-01 (UTC); its month in Asia/Bangkok (UTC+7).
            String title = "CONCAT('Bench post about ', " + elt(WORDS, "seq % 10") + ", ' and the ', "
                    + elt(FIRST, "seq % 13") + ", " + elt(SECOND, "seq % 11") + ")";
            String body = "CONCAT('A long walk along the ', " + elt(WORDS, "(seq * 7) % 10")
                    + ", ' near the old ', " + elt(WORDS, "(seq * 3) % 10") + ", ' where the ', "
                    + elt(FIRST, "seq % 13") + ", " + elt(SECOND, "seq % 11")
                    + ", ' lives. ', REPEAT('Readers write about the weather and the road. ', 12))";
            String published = "TIMESTAMP('2020-01-01 00:00:00') + INTERVAL seq * 15 MINUTE";
            for (int from = 1; from <= posts; from += 50000) {
                int to = Math.min(posts, from + 49999);
                s.execute("INSERT INTO post (id, slug, title, body_source, body_html, excerpt, status, author_id, "
                        + "published_at, published_month, comments_open, created_at, updated_at, comment_count) "
                        + "SELECT seq, CONCAT('bench-post-', seq), " + title + ", " + body + ", CONCAT('<p>', " + body
                        + ", '</p>'), LEFT(" + body + ", 200), 'PUBLISHED', @author, " + published + ", "
                        + "CAST(DATE_FORMAT(" + published + " + INTERVAL 7 HOUR, '%Y%m') AS INT), TRUE, "
                        + published + ", " + published + ", 0 FROM seq_" + from + "_to_" + to);
                s.execute("INSERT INTO post_search (post_id, title_terms, body_terms, body_text) "
                        + "SELECT seq, CONCAT_WS(' ', " + enc("'bench'") + ", " + enc("'post'") + ", " + enc("'about'")
                        + ", " + enc(elt(WORDS, "seq % 10")) + ", " + enc("'and'") + ", " + enc("'the'") + ", "
                        + enc("CONCAT(" + elt(FIRST, "seq % 13") + ", " + elt(SECOND, "seq % 11") + ")") + "), "
                        + "CONCAT_WS(' ', " + enc(elt(WORDS, "(seq * 7) % 10")) + ", " + enc(elt(WORDS, "(seq * 3) % 10"))
                        + ", " + enc("'readers'") + ", " + enc("'weather'") + ", " + enc("'road'") + "), " + body
                        + " FROM seq_" + from + "_to_" + to);
            }
            System.out.printf("posts: %d in %.1f s%n", posts, (System.nanoTime() - t0) / 1e9);
            // Comments: comment s belongs to post ((s-1) % P) + 1 with P = posts - 1, as its k-th comment
            // (k = (s-1) div P); odd k reply to the k-1-th (depth 1), even k start threads; k % 10 = 9 is
            // PENDING (so 1 in 10), the rest APPROVED. The newest post (id = posts) gets exactly 50
            // approved comments the same way: the "post with 50 comments".
            int p = posts - 1;
            String cols = "INSERT INTO comment (id, post_id, parent_id, thread_path, depth, author_name, author_email, "
                    + "author_ip, body_raw, body_html, status, created_at, updated_at) ";
            for (long from = 1; from <= comments; from += 100000) {
                long to = Math.min(comments, from + 99999);
                String k = "((seq - 1) DIV " + p + ")";
                String parent = "IF(" + k + " % 2 = 1, seq - " + p + ", NULL)";
                s.execute(cols + "SELECT seq, ((seq - 1) % " + p + ") + 1, " + parent + ", "
                        + "IF(" + k + " % 2 = 1, CONCAT(LPAD(seq - " + p + ", 12, '0'), '/', LPAD(seq, 12, '0'), '/'), "
                        + "CONCAT(LPAD(seq, 12, '0'), '/')), " + k + " % 2, CONCAT('Reader ', seq % 5000), "
                        + "CONCAT('reader', seq % 5000, '@example.org'), '192.0.2.1', "
                        + "CONCAT('Comment ', seq, ' about the ', " + elt(WORDS, "seq % 10") + "), "
                        + "CONCAT('<p>Comment ', seq, ' about the ', " + elt(WORDS, "seq % 10") + ", '</p>'), "
                        + "IF(" + k + " % 10 = 9, 'PENDING', 'APPROVED'), "
                        + "TIMESTAMP('2020-01-01 00:00:00') + INTERVAL (((seq - 1) % " + p + ") + 1) * 15 MINUTE + INTERVAL "
                        + k + " HOUR + INTERVAL seq MICROSECOND, TIMESTAMP('2020-01-01 00:00:00') + INTERVAL (((seq - 1) % " + p
                        + ") + 1) * 15 MINUTE + INTERVAL " + k + " HOUR FROM seq_" + from + "_to_" + to);
                System.out.printf("comments: %d in %.1f s%n", to, (System.nanoTime() - t0) / 1e9);
            }
            long base = comments;
            s.execute(cols + "SELECT " + base + " + seq, " + posts + ", IF(seq % 2 = 0, " + base + " + seq - 1, NULL), "
                    + "IF(seq % 2 = 0, CONCAT(LPAD(" + base + " + seq - 1, 12, '0'), '/', LPAD(" + base
                    + " + seq, 12, '0'), '/'), CONCAT(LPAD(" + base + " + seq, 12, '0'), '/')), 1 - seq % 2, "
                    + "CONCAT('Reader ', seq), CONCAT('reader', seq, '@example.org'), '192.0.2.1', "
                    + "CONCAT('Comment number ', seq, ' on the busy post'), CONCAT('<p>Comment number ', seq, "
                    + "' on the busy post</p>'), 'APPROVED', NOW(6) - INTERVAL (60 - seq) MINUTE, "
                    + "NOW(6) - INTERVAL (60 - seq) MINUTE FROM seq_1_to_50");
            s.execute("UPDATE post p JOIN (SELECT post_id, COUNT(*) n FROM comment WHERE status = 'APPROVED' "
                    + "GROUP BY post_id) c ON c.post_id = p.id SET p.comment_count = c.n");
            s.execute("ANALYZE TABLE post, comment, post_search");
            System.out.printf("fill done: %d posts, %d comments (%d pending) in %.1f s%n", posts, comments + 50,
                    comments / 10, (System.nanoTime() - t0) / 1e9);
        }
    }

    // ---------------------------------------------------------------- load

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    static final Pattern SYNC = Pattern.compile("\"syncId\":(\\d+)");
    static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    static String base;
    static final List<Map<String, Object>> rows = new ArrayList<>();

    /** One simulated reader: its own session cookie, like a browser. */
    static final class Reader {
        String cookie, csrf, uiId;
        long syncId;

        /** What a browser sends when the tab closes or navigates away: the server closes the UI. */
        void unload() throws IOException, InterruptedException {
            if (csrf == null) return;
            String json = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId
                    + ",\"clientId\":1,\"UNLOAD\":true}";
            HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Cookie", "JSESSIONID=" + cookie).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
            csrf = null;
        }

        /** GETs the page (full HTML); with uidl, then posts one UIDL round trip with its token and sync id. */
        int view(String path, boolean uidl, List<Long> uidlNanos) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (cookie != null) b.header("Cookie", "JSESSIONID=" + cookie);
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            r.headers().allValues("set-cookie").forEach(h -> {
                Matcher m = SESSION.matcher(h);
                if (m.find()) cookie = m.group(1);
            });
            if (r.statusCode() != 200) return r.statusCode();
            if (!uidl) return 200;
            Matcher token = CSRF.matcher(r.body()), sync = SYNC.matcher(r.body()), ui = UI_ID.matcher(r.body());
            if (!token.find() || !sync.find() || !ui.find()) throw new IllegalStateException("no UIDL in page " + path);
            String json = "{\"csrfToken\":\"" + token.group(1) + "\",\"rpc\":[],\"syncId\":" + sync.group(1)
                    + ",\"clientId\":0}";
            long t = System.nanoTime();
            HttpResponse<String> u = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                    .header("Cookie", "JSESSIONID=" + cookie).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            uidlNanos.add(System.nanoTime() - t);
            csrf = token.group(1);
            uiId = ui.group(1);
            Matcher next = SYNC.matcher(u.body());
            syncId = next.find() ? Long.parseLong(next.group(1)) : 1;
            if (u.statusCode() != 200 || !u.body().contains("\"syncId\"") || u.body().contains("Invalid security key")
                    || u.body().contains("\"appError\"")) {
                throw new IllegalStateException("UIDL refused: " + u.statusCode() + " " + u.body());
            }
            return 200;
        }
    }

    static void run(Map<String, String> o) throws Exception {
        base = o.get("url");
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int sessions = Integer.parseInt(o.getOrDefault("sessions", "1000"));
        String pid = o.get("pid");
        int posts = Integer.parseInt(o.getOrDefault("posts", "100000"));
        // the newest post, which the fill gives 50 comments; its month is taken in Asia/Bangkok (UTC+7)
        java.time.LocalDateTime newest = java.time.LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(15L * posts).plusHours(7);
        String post = String.format(Locale.ROOT, "/%04d/%02d/bench-post-%d", newest.getYear(), newest.getMonthValue(), posts);
        Path out = Path.of(o.getOrDefault("out", "target/bench"));
        Files.createDirectories(out);

        refusesWrongToken();
        // warm up the JIT and the database caches
        load("warm-up front page", "/", 20, Math.max(5, seconds / 2), true, false);
        load("warm-up post", post, 20, Math.max(5, seconds / 2), true, false);

        if (pid != null) heapPerSession(pid, sessions);

        for (int readers : new int[] {1, 50, 200}) {
            load("front page", "/", readers, seconds, true, true);
            load("post with 50 comments", post, readers, seconds, true, true);
        }
        load("search 'monsoon' (1 in 10 posts)", "/search?q=monsoon", 20, seconds, false, true);
        load("search 'jade otter' (~1 in 1400 posts)", "/search?q=jadeotter", 20, seconds, false, true);
        write(out);
    }

    /** Negative control: Vaadin's CSRF check is on, a UIDL request with a wrong token is refused. */
    static void refusesWrongToken() throws Exception {
        Reader r = new Reader();
        r.view("/", false, new ArrayList<>());
        HttpResponse<String> u = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + r.cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"wrong\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (!u.body().contains("\"appError\"")) {
            throw new IllegalStateException("a UIDL request with a wrong CSRF token was accepted: " + u.body());
        }
        System.out.println("check: a UIDL request with a wrong CSRF token is refused (appError)");
    }

    /** Opens N reader sessions (page + UIDL each), measures live heap before, with and after them. */
    static void heapPerSession(String pid, int n) throws Exception {
        long before = liveHeap(pid);
        List<Reader> readers = new ArrayList<>();
        List<Long> ignore = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Reader r = new Reader();
            r.view("/", true, ignore);
            readers.add(r);
        }
        long with = liveHeap(pid);
        double perSession = (with - before) / (double) n;
        Map<String, Object> row = row("live heap per idle reader session", n, null);
        row.put("heap_before_mb", before / 1048576.0);
        row.put("heap_with_sessions_mb", with / 1048576.0);
        row.put("kb_per_session", perSession / 1024);
        System.out.printf("heap: %.1f MB before, %.1f MB with %d sessions: %.1f KB per session%n",
                before / 1048576.0, with / 1048576.0, n, perSession / 1024);
        // the readers leave: each tab sends its unload beacon, the server closes the UI
        for (Reader r : readers) r.unload();
        Thread.sleep(2000);
        long after = liveHeap(pid);
        row.put("heap_after_unload_mb", after / 1048576.0);
        rows.add(row);
        System.out.printf("heap: %.1f MB after the %d readers closed their tabs (unload beacon)%n", after / 1048576.0, n);
    }

    static long liveHeap(String pid) throws Exception {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) throw new IllegalStateException(info);
        return Long.parseLong(m.group(1)) * 1024;
    }

    static String jcmd(String pid, String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    static Map<String, Object> row(String name, int readers, Object unused) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", name);
        row.put("concurrency", readers);
        return row;
    }

    /** Closed loop: each of `readers` virtual threads views the page again as soon as it has arrived. */
    static void load(String name, String path, int readers, int seconds, boolean uidl, boolean record)
            throws Exception {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        List<Long> uidlNanos = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < readers; i++) {
                ex.submit(() -> {
                    Reader r = new Reader();
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            int status = r.view(path, uidl, uidlNanos);
                            if (status == 200) nanos.add(System.nanoTime() - t); else errors.incrementAndGet();
                            r.unload();
                        } catch (Exception e) {
                            if (errors.incrementAndGet() < 3) System.err.println(name + ": " + e);
                        }
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // page-view latency alone: the UIDL round trip is timed separately
        long[] pages = nanos.stream().mapToLong(Long::longValue).toArray();
        long[] u = uidlNanos.stream().mapToLong(Long::longValue).toArray();
        Map<String, Object> row = row(name, readers, null);
        row.put("views", pages.length);
        row.put("views_per_s", pages.length / elapsed);
        row.put("p50_ms", pct(pages, 50));
        row.put("p95_ms", pct(pages, 95));
        row.put("p99_ms", pct(pages, 99));
        row.put("uidl_p95_ms", u.length == 0 ? null : pct(u, 95));
        row.put("errors", errors.get());
        if (record) rows.add(row);
        System.out.printf(Locale.ROOT, "%-40s %4d readers: %7.1f views/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms%s  errors %d%n",
                name, readers, pages.length / elapsed, pct(pages, 50), pct(pages, 95), pct(pages, 99),
                u.length == 0 ? "" : String.format(Locale.ROOT, "  (uidl p95 %.1f ms)", pct(u, 95)), errors.get());
    }

    static double pct(long[] values, int p) {
        if (values.length == 0) return Double.NaN;
        long[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)] / 1e6;
    }

    static void write(Path out) throws IOException {
        List<String> keys = new ArrayList<>();
        rows.forEach(r -> r.keySet().forEach(k -> { if (!keys.contains(k)) keys.add(k); }));
        StringBuilder csv = new StringBuilder(String.join(",", keys)).append('\n');
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder table = new StringBuilder("| " + String.join(" | ", keys) + " |\n|"
                + "---|".repeat(keys.size()) + "\n");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> r = rows.get(i);
            List<String> cells = keys.stream().map(k -> format(r.get(k))).toList();
            csv.append(cells.stream().map(c -> c.contains(",") || c.contains("'") ? "\"" + c + "\"" : c)
                    .reduce((a, b) -> a + "," + b).orElse("")).append('\n');
            table.append("| ").append(String.join(" | ", cells)).append(" |\n");
            json.append("  {").append(String.join(", ", r.entrySet().stream().map(e -> "\"" + e.getKey() + "\": "
                    + (e.getValue() instanceof String s ? "\"" + s.replace("\"", "\\\"") + "\""
                    : e.getValue() == null ? "null" : format(e.getValue()))).toList()))
                    .append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        json.append("]\n");
        Files.writeString(out.resolve("results.csv"), csv);
        Files.writeString(out.resolve("results.json"), json);
        Files.writeString(out.resolve("results.md"), table);
        System.out.println();
        System.out.print(table);
    }

    static String format(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return d.isNaN() ? "" : String.format(Locale.ROOT, "%.1f", d);
        return v.toString();
    }
}
