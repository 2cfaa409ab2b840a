package org.sala.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sala's benchmark and load client: fills the database in SQL and drives the running server over
 * HTTP, speaking Vaadin's protocol as a browser tab does (page GET, then UIDL requests with the
 * page's CSRF token, sync id and client id; nothing on the server is switched off for it).
 *
 * <p>One source file on purpose: {@code java bench/src/org/sala/bench/Bench.java} runs it on any
 * JDK 21+, and the test suite compiles the same file for its load and outage test.
 *
 * <pre>java -cp mariadb-java-client.jar bench/src/org/sala/bench/Bench.java fill --db-port P --posts N --comments M
 * java bench/src/org/sala/bench/Bench.java run --url http://127.0.0.1:8080 --pid PID [--seconds 20] [--sessions 1000]</pre>
 */
public final class Bench {

    static final String[] WORDS = {"rivers", "mountains", "harvest", "monsoon", "temple", "market", "festival",
            "village", "weaving", "railway"};
    static final String[] FIRST = {"amber", "cobalt", "silver", "golden", "crimson", "indigo", "ivory", "jade",
            "scarlet", "olive", "copper", "violet", "azure"};
    static final String[] SECOND = {"fox", "heron", "tiger", "lotus", "falcon", "otter", "mango", "orchid",
            "gecko", "crane", "bamboo"};
    /** The moderator the queue measurements sign in as; the fill sets this account up. */
    static final String[] CATEGORIES = {"News", "Essays", "Newsletters", "Publications", "Events"};
    /** The archive of category 1 of 5 (a fifth of the posts): the "category archive" rows. */
    static final String CATEGORY_PATH = "/category/essays";
    static final String MODERATOR = "bench-moderator";
    static final String MODERATOR_PASSWORD = "bench-moderator-password";
    /** {@code MODERATOR_PASSWORD} hashed with Spring Security's BCrypt (the app verifies {bcrypt} hashes). */
    static final String MODERATOR_HASH = "{bcrypt}$2a$10$T6H5aY7rvzojyrFDmYiwC.nzTvKzmsQZ.Xuf/DVBAyRflc2ly.rUK";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        switch (args[0]) {
            case "fill" -> fill(opts);
            case "run" -> run(opts);
            case "post-path" -> System.out.println(postPath(Integer.parseInt(opts.getOrDefault("posts", "100000"))));
            case "tabs" -> holdTabs(opts);
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
            s.execute("INSERT INTO account (username, display_name, email, password_hash, enabled, created_at) "
                    + "VALUES ('" + MODERATOR + "', 'Bench Moderator', 'moderator@example.org', '" + MODERATOR_HASH
                    + "', TRUE, NOW(6)) ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash)");
            s.execute("INSERT IGNORE INTO account_role (account_id, role) SELECT id, 'MODERATOR' FROM account "
                    + "WHERE username = '" + MODERATOR + "'");
            ResultSet rs = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM comment), "
                    + "(SELECT COUNT(*) FROM post_category) FROM post");
            rs.next();
            if (rs.getLong(1) == posts && rs.getLong(2) == comments + 50 && rs.getLong(3) == posts) {
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
            // Five categories, as the peers' fill has them: post n is in category n % 5.
            for (int i = 0; i < CATEGORIES.length; i++) {
                s.execute("INSERT IGNORE INTO category (name, slug, position) VALUES ('" + CATEGORIES[i] + "', '"
                        + CATEGORIES[i].toLowerCase(Locale.ROOT) + "', " + i + ")");
            }
            s.execute("INSERT INTO post_category (post_id, category_id) SELECT p.id, c.id FROM post p JOIN category c "
                    + "ON c.slug = ELT((p.id % 5) + 1, " + Arrays.stream(CATEGORIES)
                            .map(name -> "'" + name.toLowerCase(Locale.ROOT) + "'").collect(Collectors.joining(", ")) + ")");
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

    // ---------------------------------------------------------------- Vaadin's protocol

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * One browser tab: its cookies (the session), and for the page it shows the UI id, the CSRF
     * token, the last sync id and the next client id, as Vaadin's client keeps them. Opening another
     * page in the same tab keeps the cookies and starts a new UI. Not for use by two threads at once.
     *
     * <p>A reader without a session gets the cached page, plain HTML without a UI; when the reader
     * acts, the page's script starts Vaadin's client for the same address: {@link #start} does what
     * it does (the init request, then the navigation round trip that builds the view).
     */
    public static final class Tab {
        private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
        private static final Pattern SYNC = Pattern.compile("\"syncId\":(\\d+)");
        private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

        private final String base;
        private final String forwardedFor;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String page = "";
        private String openedPath = "/";
        private int cookiesSet;
        /** Whether the comment form of the page opened last was made live. */
        private boolean formLive;
        private String csrf;
        private String uiId;
        private long syncId;
        private int clientId;

        /** @param forwardedFor the person's own address, as a proxy in front of Sala would pass it on */
        public Tab(String base, String forwardedFor) {
            this.base = base;
            this.forwardedFor = forwardedFor;
        }

        /**
         * GETs a page; a live page's UI is then ready for {@link #send}, a cached page has none until
         * {@link #start}. Returns the HTTP status.
         */
        public int open(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = HTTP.send(request(path).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            keepCookies(r);
            page = r.body();
            openedPath = path;
            csrf = null;
            formLive = false;
            takeUi(r.statusCode(), page);
            return r.statusCode();
        }

        private void takeUi(int status, String answer) {
            Matcher token = CSRF.matcher(answer), sync = SYNC.matcher(answer), ui = UI_ID.matcher(answer);
            if (status == 200 && token.find() && sync.find() && ui.find()) {
                csrf = token.group(1);
                syncId = Long.parseLong(sync.group(1));
                uiId = ui.group(1);
                clientId = 0;
            }
        }

        /** Whether the page opened last is a cached page (no UI yet). */
        public boolean isCached() {
            return csrf == null && page.contains("id=\"reader-page\"");
        }

        /**
         * Starts the live UI of a cached page as its reader script does when the reader acts: Vaadin's
         * init request for the page's address, then the navigation round trip that builds the view.
         * On a live page it is the page's first round trip. Returns the view's UIDL.
         */
        public String start() throws IOException, InterruptedException {
            if (csrf != null) {
                return send();
            }
            String[] pathAndQuery = openedPath.split("\\?", 2);
            String query = pathAndQuery.length > 1 ? pathAndQuery[1] : "";
            HttpResponse<String> init = HTTP.send(request("/?v-r=init&location="
                    + URLEncoder.encode(pathAndQuery[0].replaceFirst("^/", ""), StandardCharsets.UTF_8) + "&query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            keepCookies(init);
            takeUi(init.statusCode(), init.body());
            if (csrf == null) {
                throw new IllegalStateException("Vaadin's init request answered " + init.statusCode() + " "
                        + init.body().substring(0, Math.min(300, init.body().length())));
            }
            page = init.body();
            String navigate = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                    + json(pathAndQuery[0]) + ",\"query\":" + json(query)
                    + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
            return send(navigate);
        }

        /** The last page's HTML (with its initial UIDL), or an error page's text. */
        public String page() {
            return page;
        }

        /**
         * The node id of the element the page gave a CSS class name (the last one given it, as the
         * page's UIDL answers so far tell).
         */
        public int node(String className) {
            Matcher m = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"splice\",\"feat\":\\d+,\"index\":\\d+,\"add\":\\[[^\\]]*\""
                    + Pattern.quote(className) + "\"").matcher(page);
            int node = -1;
            while (m.find()) node = Integer.parseInt(m.group(1));
            if (node < 0) throw new IllegalStateException("no element with class " + className + " in the page");
            return node;
        }

        /**
         * The event data expression the page's listeners ask for that starts with this one (the
         * live form asks for a field's value cut one character past its limit), as the page's
         * UIDL answers so far name it.
         */
        public String eventDataExpression(String start) {
            Matcher m = Pattern.compile(Pattern.quote(start) + "(\\.slice\\(0, \\d+\\))?").matcher(page);
            String found = null;
            while (m.find()) found = m.group();
            if (found == null) throw new IllegalStateException("no listener asks for " + start);
            return found;
        }

        /** A DOM event on the element, with the event data its listener asked for. */
        public static String event(int node, String event, Map<String, Object> data) {
            String fields = data.entrySet().stream().map(e -> json(e.getKey()) + ":"
                    + (e.getValue() instanceof String text ? json(text) : String.valueOf(e.getValue())))
                    .collect(Collectors.joining(","));
            return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":{" + fields + "}}";
        }

        /**
         * One UIDL round trip carrying these RPC calls (none: a plain sync, as after the page loads).
         * Returns the response; throws when the server refused the request.
         */
        public String send(String... rpc) throws IOException, InterruptedException {
            if (csrf == null) throw new IllegalStateException("no Vaadin UI open in this tab");
            String json = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + String.join(",", rpc) + "],\"syncId\":"
                    + syncId + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> r = HTTP.send(uidl(json).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            keepCookies(r);
            String body = r.body();
            Matcher next = SYNC.matcher(body);
            if (r.statusCode() != 200 || !next.find() || body.contains("\"appError\"")) {
                throw new IllegalStateException("UIDL refused: " + r.statusCode() + " "
                        + body.substring(0, Math.min(300, body.length())));
            }
            syncId = Long.parseLong(next.group(1));
            clientId++;
            page = page + body;
            return body;
        }

        /** What a browser sends when the tab closes or navigates away: the server closes the UI. */
        public void close() throws IOException, InterruptedException {
            if (csrf == null) return;
            String json = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId + ",\"UNLOAD\":true}";
            HTTP.send(uidl(json).build(), HttpResponse.BodyHandlers.discarding());
            csrf = null;
        }

        /** A form POST outside Vaadin (the sign-in form); returns the status and keeps the cookies. */
        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpResponse<String> r = HTTP.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(r);
            return r;
        }

        private HttpRequest.Builder uidl(String json) {
            return request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            if (forwardedFor != null) b.header("X-Forwarded-For", forwardedFor);
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return b;
        }

        private void keepCookies(HttpResponse<?> r) {
            for (String header : r.headers().allValues("set-cookie")) {
                cookiesSet++;
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }

        /** A property the user changed in the browser (a field's value). */
        public static String sync(int node, String property, String value) {
            return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property
                    + "\",\"value\":" + json(value) + "}";
        }

        public static String click(int node) {
            return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{}}";
        }

        /** A call of an element's {@code $server} method, as Vaadin's web components make them. */
        public static String call(int node, String method, Object... args) {
            String list = Arrays.stream(args).map(a -> a instanceof String s ? json(s) : String.valueOf(a))
                    .collect(Collectors.joining(","));
            return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                    + "\",\"templateEventMethodArgs\":[" + list + "],\"promise\":0}";
        }

        static String json(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); else out.append(c);
                    }
                }
            }
            return out.append('"').toString();
        }
    }

    /** A reader who writes: opens a post, fills in name, email and comment, and presses Send. */
    public static final class Commenter {
        /** What the page said after Send. */
        public enum Outcome {
            /** "Thank you! Your comment is awaiting moderation." */
            ACKNOWLEDGED,
            /** "You sent this same comment a moment ago": an earlier try was stored. */
            ALREADY_THERE,
            /** "The site is briefly unavailable… nothing you typed has been lost." */
            UNAVAILABLE,
            /** "You are commenting very fast. Please wait…": the per-person limits. */
            TOO_FAST,
            /** Anything else (a refusal, a limit, an error). */
            OTHER
        }

        private final Tab tab;
        private final String name;
        private final String email;
        private String last = "";

        public Commenter(String base, int number) {
            tab = new Tab(base, "198.18." + (number / 250) + "." + (1 + number % 250));
            name = "Commenter " + number + " ស្រីមុំ";
            email = "commenter" + number + "@example.org";
        }

        public int open(String postPath) throws IOException, InterruptedException {
            return tab.open(postPath);
        }

        /**
         * The reader focuses the form: the live UI starts (on a cached page) and the form becomes
         * live. False when the live page said the site is briefly unavailable (the database is away).
         */
        public boolean startWriting() throws IOException, InterruptedException {
            if (!tab.formLive) {
                String view = tab.csrf == null ? tab.start() : tab.page();
                if (view.contains("briefly unavailable")) {
                    return false;
                }
                tab.send(Tab.event(tab.node("comment-form-island"), "sala-activate", Map.of()));
                tab.send(Tab.event(1, "ui-poll", Map.of())); // as the page's script does once the form is live
                tab.formLive = true;
            }
            return true;
        }

        /** The expression the live form's submit listener asks for this field's value with. */
        private String field(String name) {
            return tab.eventDataExpression("element.elements.namedItem('" + name + "').value");
        }

        public Tab tab() {
            return tab;
        }

        /**
         * Writes and presses Send as a reader does: on a cached page that starts the live UI; the
         * form becomes live (the script's {@code sala-activate}) and its submit event carries the
         * fields' values.
         */
        public Outcome send(String text) throws IOException, InterruptedException {
            if (!startWriting()) return Outcome.UNAVAILABLE;
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(field("name"), name);
            fields.put(field("email"), email);
            fields.put(field("website"), "");
            fields.put(field("trap"), "");
            fields.put(field("body"), text);
            fields.put("element.elements.namedItem('notifyWhenPublished').checked", false);
            fields.put("element.elements.namedItem('notifyReplies').checked", false);
            last = tab.send(Tab.event(tab.node("comment-form"), "submit", fields));
            if (last.contains("Thank you! Your comment is awaiting moderation.")) return Outcome.ACKNOWLEDGED;
            if (last.contains("You sent this same comment a moment ago")) return Outcome.ALREADY_THERE;
            if (last.contains("briefly unavailable")) {
                // a new, empty form comes only with a comment taken; the typed text must stay
                if (last.matches("(?s).*\"add\":\\[[^\\]]*\"comment-form\".*")) {
                    throw new IllegalStateException("the comment form was emptied although the comment was not taken");
                }
                return Outcome.UNAVAILABLE;
            }
            if (last.contains("You are commenting very fast") || last.contains("You have sent many comments today")) {
                return Outcome.TOO_FAST;
            }
            return Outcome.OTHER;
        }

        /** The texts (with a space in them) that the server's last answer put on the page, for reports. */
        public List<String> said() {
            return Pattern.compile("\"value\":\"([^\"]*? [^\"]*)\"").matcher(last).results().map(m -> m.group(1))
                    .filter(text -> !text.contains("return ")).limit(5).toList();
        }
    }

    /** A moderator in the queue: signs in, opens it, scrolls in it, selects and decides in bulk. */
    public static final class Moderator {
        /** A grid row as the grid's connector gets it: {"key":"12","col0":…}. */
        private static final Pattern ROW_KEY = Pattern.compile("\\{\"key\":\"([^\"]+)\",\"col0\"");
        private final Tab tab;

        public Moderator(String base) {
            tab = new Tab(base, "192.0.2.200");
        }

        public Tab tab() {
            return tab;
        }

        /** Signs in; while the database is away this fails with a message saying "briefly unavailable". */
        public void signIn(String username, String password) throws IOException, InterruptedException {
            if (tab.open("/login") == 503 && tab.page().contains("briefly unavailable")) {
                throw new IllegalStateException("the sign-in page said the site is briefly unavailable");
            }
            Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(tab.page());
            if (!csrf.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
            HttpResponse<String> r = tab.post("/login", Map.of("username", username, "password", password,
                    "_csrf", csrf.group(1)));
            String to = r.headers().firstValue("location").orElse("");
            if (to.endsWith("/login?unavailable")) {
                throw new IllegalStateException("sign-in said it is briefly unavailable");
            }
            if (r.statusCode() != 302 || to.contains("error")) {
                throw new IllegalStateException("sign-in as " + username + " failed: " + r.statusCode() + " " + to);
            }
        }

        /**
         * Opens the queue page (which comes with the grid's first rows) and makes the page's first
         * round trip; returns the keys of the rows the grid got.
         */
        public List<String> openQueue() throws IOException, InterruptedException {
            int status = tab.open("/staff/moderation");
            if (status != 200) throw new IllegalStateException("the queue answered " + status);
            tab.send();
            return keys(tab.page());
        }

        /** Scrolls the grid so that these rows are in view; returns the keys of the rows it got. */
        public List<String> rows(int first, int count) throws IOException, InterruptedException {
            return keys(tab.send(Tab.call(tab.node("moderation-grid"), "setViewportRange", first, count)));
        }

        static List<String> keys(String answer) {
            return ROW_KEY.matcher(answer).results().map(m -> m.group(1)).distinct().toList();
        }

        /** Ticks these rows (of those the grid got last). */
        public void select(List<String> keys) throws IOException, InterruptedException {
            int grid = tab.node("moderation-grid");
            tab.send(keys.stream().map(key -> Tab.call(grid, "select", key)).toArray(String[]::new));
        }

        /** Presses "Approve selected"; returns the page's answer. */
        public String approveSelected() throws IOException, InterruptedException {
            return tab.send(Tab.click(tab.node("moderation-approve-selected")));
        }
    }

    // ---------------------------------------------------------------- readers and commenters at once

    /**
     * Readers and commenters using the site at once, each on its own virtual thread, until stopped.
     * Readers open pages with a think time between (cached pages, as readers without a session get
     * them); commenters open a post, start writing (which starts its live UI), take their time on the
     * form, send a comment with a text nobody else sends, and
     * keep that text until the page acknowledges it, trying again when the site says it is briefly
     * unavailable, as the message asks.
     */
    public static final class Mix {
        /**
         * @param readerPaths pages readers open at random
         * @param postPaths posts commenters write on at random
         * @param think pause between a person's page views or comments (a random part of it is added)
         * @param onForm how long a commenter takes to write, between opening the post and sending
         * @param marker starts every comment text of this run, to find them in the database
         */
        public record Plan(String base, List<String> readerPaths, List<String> postPaths, int readers, int commenters,
                Duration think, Duration onForm, String marker) {
        }

        private final Plan plan;
        private final ExecutorService people = Executors.newVirtualThreadPerTaskExecutor();
        private volatile boolean running = true;
        private final long started = System.nanoTime();
        private final ConcurrentLinkedQueue<Long> pageNanos = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Long> sendNanos = new ConcurrentLinkedQueue<>();
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        private final AtomicLong unavailablePages = new AtomicLong();
        private final Map<String, Commenter.Outcome> comments = new ConcurrentHashMap<>();
        private final Map<Commenter.Outcome, AtomicLong> answers = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        private final AtomicLong approvals = new AtomicLong();
        private final Map<String, Instant> acknowledgedAt = new ConcurrentHashMap<>();

        private Mix(Plan plan) {
            this.plan = plan;
        }

        public static Mix start(Plan plan) {
            Mix mix = new Mix(plan);
            for (int i = 0; i < plan.readers(); i++) {
                int number = i;
                mix.people.submit(() -> mix.read(number));
            }
            for (int i = 0; i < plan.commenters(); i++) {
                int number = i;
                mix.people.submit(() -> mix.comment(number));
            }
            return mix;
        }

        /**
         * Adds a moderator who, every few seconds, opens the queue, ticks the rows at its top and
         * approves them, as long as the others are at work.
         */
        public Mix withModerator(String username, String password) {
            people.submit(() -> moderate(username, password));
            return this;
        }

        /** Everybody finishes what they are doing and leaves. */
        public Mix stop() throws InterruptedException {
            running = false;
            people.shutdown();
            if (!people.awaitTermination(3, TimeUnit.MINUTES)) problems.add("people still busy 3 minutes after the end");
            return this;
        }

        private Void read(int number) {
            Tab tab = new Tab(plan.base(), "198.19." + (number / 250) + "." + (1 + number % 250));
            while (running) {
                try {
                    if (view(tab, pick(plan.readerPaths())) == 200 && !tab.isCached()) {
                        tab.send();
                        tab.close();
                    }
                } catch (Exception e) {
                    problem("reader " + number + ": " + e);
                }
                pause(plan.think());
            }
            return null;
        }

        private Void comment(int number) {
            Commenter commenter = new Commenter(plan.base(), number);
            for (int n = 0; running; n++) {
                String text = plan.marker() + " " + number + "-" + n + " · ຂໍຂອບໃຈ สวัสดี 🙏";
                boolean open = false;
                Commenter.Outcome outcome = null;
                while (running && outcome != Commenter.Outcome.ACKNOWLEDGED
                        && outcome != Commenter.Outcome.ALREADY_THERE) {
                    try {
                        if (!open) {
                            open = view(commenter.tab(), pick(plan.postPaths())) == 200;
                            if (!open) {
                                pause(Duration.ofSeconds(1));
                                continue;
                            }
                            if (!commenter.startWriting()) {
                                answers.computeIfAbsent(Commenter.Outcome.UNAVAILABLE, o -> new AtomicLong()).incrementAndGet();
                                open = false;
                                pause(Duration.ofSeconds(2));
                                continue;
                            }
                            pause(plan.onForm());
                        }
                        long t = System.nanoTime();
                        outcome = commenter.send(text);
                        comments.put(text, outcome);
                        answers.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
                        if (outcome == Commenter.Outcome.ACKNOWLEDGED) sendNanos.add(System.nanoTime() - t);
                        if (outcome == Commenter.Outcome.ACKNOWLEDGED || outcome == Commenter.Outcome.ALREADY_THERE) {
                            acknowledgedAt.put(text, Instant.now());
                        }
                        if (outcome == Commenter.Outcome.UNAVAILABLE) pause(Duration.ofSeconds(2));
                        if (outcome == Commenter.Outcome.TOO_FAST) pause(Duration.ofSeconds(10));
                        if (outcome == Commenter.Outcome.OTHER) {
                            problem("commenter " + number + " got: " + commenter.said());
                            open = false;
                        }
                    } catch (Exception e) {
                        problem("commenter " + number + ": " + e);
                        open = false;
                        pause(Duration.ofSeconds(1));
                    }
                }
                try {
                    commenter.tab().close();
                } catch (Exception e) {
                    problem("commenter " + number + " closing: " + e);
                }
                pause(plan.think());
            }
            return null;
        }

        private Void moderate(String username, String password) {
            Moderator moderator = new Moderator(plan.base());
            boolean signedIn = false;
            while (running) {
                try {
                    if (!signedIn) {
                        moderator.signIn(username, password);
                        signedIn = true;
                    }
                    if (view(moderator.tab(), "/staff/moderation") == 200) {
                        moderator.tab().send();
                        List<String> keys = Moderator.keys(moderator.tab().page()).stream().limit(20).toList();
                        if (!keys.isEmpty()) {
                            moderator.select(keys);
                            String answer = moderator.approveSelected();
                            if (answer.contains("comments updated") || answer.contains("comment updated")) {
                                approvals.incrementAndGet();
                            } else if (!answer.contains("briefly unavailable")) {
                                problem("moderator got: " + answer.substring(0, Math.min(200, answer.length())));
                            }
                        }
                        moderator.tab().close();
                    }
                } catch (Exception e) {
                    // Signing in, or a grid request, while the database is away: the moderator tries again.
                    if (!String.valueOf(e.getMessage()).contains("briefly unavailable")) problem("moderator: " + e);
                }
                pause(Duration.ofSeconds(3));
            }
            return null;
        }

        /** How many times the moderator's "Approve selected" went through. */
        public long approvals() {
            return approvals.get();
        }

        /** Opens a page, timing it; a 503 must carry the clear "briefly unavailable" message. */
        private int view(Tab tab, String path) throws IOException, InterruptedException {
            long t = System.nanoTime();
            int status = tab.open(path);
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (status == 200) {
                pageNanos.add(System.nanoTime() - t);
            } else if (status == 503 && tab.page().contains("briefly unavailable")) {
                unavailablePages.incrementAndGet();
            } else {
                problem(path + " answered " + status + ": " + snippet(tab.page()));
            }
            return status;
        }

        private void problem(String text) {
            if (problems.size() < 50) problems.add(text);
        }

        private static String snippet(String text) {
            return text.substring(0, Math.min(200, text.length())).replaceAll("\\s+", " ");
        }

        private static String pick(List<String> paths) {
            return paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
        }

        private void pause(Duration base) {
            if (base.isZero() || !running) return;
            try {
                Thread.sleep(base.toMillis() + ThreadLocalRandom.current().nextLong(base.toMillis() / 2 + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Every comment text sent in this run, with the last answer it got. */
        public Map<String, Commenter.Outcome> comments() {
            return Map.copyOf(comments);
        }

        /** Texts the page acknowledged (at once, or by saying an earlier try was already stored). */
        public List<String> acknowledged() {
            return comments.entrySet().stream().filter(e -> e.getValue() == Commenter.Outcome.ACKNOWLEDGED
                    || e.getValue() == Commenter.Outcome.ALREADY_THERE).map(Map.Entry::getKey).toList();
        }

        /** How many comments the page acknowledged after that moment. */
        public long acknowledgedSince(Instant moment) {
            return acknowledgedAt.values().stream().filter(at -> at.isAfter(moment)).count();
        }

        public long answers(Commenter.Outcome outcome) {
            AtomicLong n = answers.get(outcome);
            return n == null ? 0 : n.get();
        }

        /** Page answers by HTTP status. */
        public Map<Integer, Long> statuses() {
            return statuses.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        }

        /** 503 pages that said clearly that the site is briefly unavailable. */
        public long unavailablePages() {
            return unavailablePages.get();
        }

        /** Anything unexpected: an error page without the clear message, a refused UIDL, an exception. */
        public List<String> problems() {
            return List.copyOf(problems);
        }

        public double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        public long[] pageNanos() {
            return pageNanos.stream().mapToLong(Long::longValue).toArray();
        }

        public long[] sendNanos() {
            return sendNanos.stream().mapToLong(Long::longValue).toArray();
        }

        public String summary() {
            long[] pages = pageNanos(), sends = sendNanos();
            return String.format(Locale.ROOT, "%.0f s: %d page views (p95 %.0f ms, statuses %s, %d clear 503s), "
                    + "%d comments acknowledged (p95 %.0f ms), answers %s, %d problems", seconds(), pages.length,
                    pct(pages, 95), statuses(), unavailablePages(), sends.length, pct(sends, 95), answers, problems.size());
        }
    }

    // ---------------------------------------------------------------- the benchmark

    static String base;
    static final List<Map<String, Object>> rows = new ArrayList<>();

    static void run(Map<String, String> o) throws Exception {
        base = o.get("url");
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int sessions = Integer.parseInt(o.getOrDefault("sessions", "1000"));
        Duration sessionTimeout = Duration.parse(o.getOrDefault("session-timeout", "PT1M"));
        String pid = o.get("pid");
        int posts = Integer.parseInt(o.getOrDefault("posts", "100000"));
        int pending = Integer.parseInt(o.getOrDefault("comments", "1000000")) / 10;
        String post = postPath(posts);
        Path out = Path.of(o.getOrDefault("out", "target/bench"));
        Files.createDirectories(out);

        // --only heap,readers,comments,search,moderation runs just those parts
        List<String> parts = List.of(o.getOrDefault("only", "heap,readers,comments,search,moderation").split(","));

        refusesWrongToken();
        // warm up the JIT and the database caches
        load("warm-up front page", "/", 20, Math.max(5, seconds / 2), true, false);
        load("warm-up post", post, 20, Math.max(5, seconds / 2), true, false);
        load("warm-up cached pages", "/", 20, Math.max(5, seconds / 2), false, false);

        if (pid != null && parts.contains("heap")) {
            heapPerSession(pid, sessions, sessionTimeout, "/", null, "front page as a live page (UI with the page, no action)");
            heapPerSession(pid, sessions, sessionTimeout, "/", "subscribe-form",
                    "front page, started by focusing the mailing-list form");
            heapPerSession(pid, Math.max(1, sessions / 4), sessionTimeout, post, "comment-form-island",
                    "post with 50 comments, started by focusing the comment form");
        }
        if (parts.contains("readers")) {
            stateNodes("front page", "/");
            stateNodes("post with 50 comments", post);
            stateNodes("post with about 10 comments", postPath(posts - 1));
            for (int readers : new int[] {1, 50, 200}) {
                load("front page, cached (GET)", "/", readers, seconds, false, true);
                load("post with 50 comments, cached (GET)", post, readers, seconds, false, true);
                load("category archive, cached (GET)", CATEGORY_PATH, readers, seconds, false, true);
            }
            for (int readers : new int[] {1, 50, 200}) {
                load("front page, reader starts the live UI", "/", readers, seconds, true, true);
                load("post with 50 comments, reader starts the live UI", post, readers, seconds, true, true);
            }
        }
        if (parts.contains("comments")) commentsWhileReading(posts, 200, 20, seconds);
        if (parts.contains("search")) {
            load("search 'monsoon' (1 in 10 posts)", "/search?q=monsoon", 20, seconds, false, true);
            load("search 'jade otter' (~1 in 1400 posts)", "/search?q=jadeotter", 20, seconds, false, true);
        }
        if (parts.contains("moderation")) moderation(pending);
        write(out);
    }

    /** The newest post, which the fill gives 50 comments; its month is taken in Asia/Bangkok (UTC+7). */
    static String postPath(int posts) {
        LocalDateTime newest = LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(15L * posts).plusHours(7);
        return String.format(Locale.ROOT, "/%04d/%02d/bench-post-%d", newest.getYear(), newest.getMonthValue(), posts);
    }

    /** Negative control: Vaadin's CSRF check is on, a UIDL request with a wrong token is refused. */
    static void refusesWrongToken() throws Exception {
        Tab tab = new Tab(base, null);
        tab.open("/");
        tab.start();
        HttpResponse<String> u = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + tab.cookies.get("JSESSIONID"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"wrong\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (!u.body().contains("\"appError\"")) {
            throw new IllegalStateException("a UIDL request with a wrong CSRF token was accepted: " + u.body());
        }
        System.out.println("check: a UIDL request with a wrong CSRF token is refused (appError)");
    }

    /**
     * Opens N reader sessions (page + UIDL each, then the focus on a form that starts the UI, as
     * the page's script sends it, unless island is null, and the script's one poll) and measures
     * live heap before and with them; then
     * half the readers close their tabs (unload beacon) and the other half just go away, and the
     * heap is measured again once the server has closed their idle sessions.
     */
    static void heapPerSession(String pid, int n, Duration sessionTimeout, String path, String island, String label)
            throws Exception {
        long before = liveHeap(pid);
        List<Tab> tabs = openTabs(n, path, island);
        long with = liveHeap(pid);
        double perSession = (with - before) / (double) n;
        Map<String, Object> row = row("live heap per idle reader tab with the live UI started: " + label, n);
        row.put("heap_before_mb", before / 1048576.0);
        row.put("heap_with_sessions_mb", with / 1048576.0);
        row.put("kb_per_session", perSession / 1024);
        System.out.printf(Locale.ROOT, "heap: %.1f MB before, %.1f MB with %d sessions: %.1f KB per session%n",
                before / 1048576.0, with / 1048576.0, n, perSession / 1024);
        for (Tab tab : tabs.subList(0, n / 2)) tab.close();
        Thread.sleep(2000);
        long afterUnload = liveHeap(pid);
        row.put("heap_after_half_closed_mb", afterUnload / 1048576.0);
        System.out.printf(Locale.ROOT, "heap: %.1f MB after %d readers closed their tabs%n", afterUnload / 1048576.0, n / 2);
        // Tomcat looks for expired sessions about once a minute.
        Thread.sleep(sessionTimeout.plusSeconds(75).toMillis());
        long afterTimeout = liveHeap(pid);
        row.put("heap_after_timeout_mb", afterTimeout / 1048576.0);
        System.out.printf(Locale.ROOT, "heap: %.1f MB once the other %d sessions timed out (%s)%n",
                afterTimeout / 1048576.0, n - n / 2, sessionTimeout);
        rows.add(row);
    }

    /**
     * Opens --n live reader tabs of --path (started by focusing the form of class --island, if given)
     * and keeps them idle (heartbeats off) for --hold seconds,
     * so that a class histogram (jcmd GC.class_histogram) shows what one live tab holds.
     */
    static void holdTabs(Map<String, String> o) throws Exception {
        base = o.get("url");
        int n = Integer.parseInt(o.getOrDefault("n", "100"));
        List<Tab> tabs = openTabs(n, o.getOrDefault("path", "/"), o.get("island"));
        System.out.println(n + " live tabs open");
        Thread.sleep(Long.parseLong(o.getOrDefault("hold", "60")) * 1000);
        for (Tab tab : tabs) tab.close();
    }

    static List<Tab> openTabs(int n, String path, String island) throws Exception {
        List<Tab> tabs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Tab tab = new Tab(base, null);
            tab.open(path);
            tab.start();
            if (island != null) tab.send(Tab.event(tab.node(island), "sala-activate", Map.of()));
            // the page's script polls once the live page shows (releaseStartAnswer in reader.js)
            tab.send(Tab.event(1, "ui-poll", Map.of()));
            tabs.add(tab);
        }
        return tabs;
    }

    /**
     * How many nodes of Vaadin's state tree the page's live UI holds (the elements and texts its
     * UIDL attaches, the layout included), and how many bytes of UIDL it takes to start it.
     */
    static void stateNodes(String label, String path) throws Exception {
        Tab tab = new Tab(base, null);
        tab.open(path);
        String view = tab.start();
        String all = tab.page();
        long nodes = Pattern.compile("\"type\":\"attach\"").matcher(all).results().count();
        Map<String, Object> row = row("state nodes of the live UI: " + label, 1);
        row.put("state_nodes", nodes);
        row.put("uidl_kb", all.length() / 1024.0);
        rows.add(row);
        System.out.printf(Locale.ROOT, "state nodes: %s: %d nodes, %.1f KB of UIDL to start (view %.1f KB)%n", label,
                nodes, all.length() / 1024.0, view.length() / 1024.0);
        tab.close();
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

    static Map<String, Object> row(String name, int concurrency) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", name);
        row.put("concurrency", concurrency);
        return row;
    }

    /** Closed loop: each of `readers` virtual threads views the page again as soon as it has arrived. */
    static void load(String name, String path, int readers, int seconds, boolean uidl, boolean record)
            throws Exception {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        List<Long> uidlNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong cookies = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < readers; i++) {
                ex.submit(() -> {
                    Tab tab = new Tab(base, null);
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            int status = tab.open(path);
                            if (status != 200) {
                                errors.incrementAndGet();
                                continue;
                            }
                            nanos.add(System.nanoTime() - t);
                            if (uidl) {
                                long u = System.nanoTime();
                                tab.start();
                                uidlNanos.add(System.nanoTime() - u);
                                tab.close();
                            }
                        } catch (Exception e) {
                            if (errors.incrementAndGet() < 3) System.err.println(name + ": " + e);
                        }
                    }
                    cookies.addAndGet(tab.cookiesSet);
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // page-view latency alone: the UIDL round trip is timed separately
        long[] pages = nanos.stream().mapToLong(Long::longValue).toArray();
        long[] u = uidlNanos.stream().mapToLong(Long::longValue).toArray();
        Map<String, Object> row = row(name, readers);
        row.put("per_s", pages.length / elapsed);
        row.put("p50_ms", pct(pages, 50));
        row.put("p95_ms", pct(pages, 95));
        row.put("p99_ms", pct(pages, 99));
        row.put("uidl_p95_ms", u.length == 0 ? null : pct(u, 95));
        row.put("errors", errors.get());
        row.put("cookies_set", cookies.get());
        if (record) rows.add(row);
        System.out.printf(Locale.ROOT, "%-40s %4d readers: %7.1f views/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms%s  errors %d%n",
                name, readers, pages.length / elapsed, pct(pages, 50), pct(pages, 95), pct(pages, 99),
                u.length == 0 ? "" : String.format(Locale.ROOT, "  (uidl p95 %.1f ms)", pct(u, 95)), errors.get());
    }

    /**
     * Commenters send comments as fast as they can (the server runs without its per-person limits
     * and form time for this) while readers view the front page and the busy post with no pause.
     * The submit is the UIDL round trip of pressing Send, until "Thank you".
     */
    static void commentsWhileReading(int posts, int readers, int commenters, int seconds) throws Exception {
        String post = postPath(posts);
        List<String> commentOn = List.of(postPath(posts - 1), postPath(posts - 2), postPath(posts - 3));
        Mix mix = Mix.start(new Mix.Plan(base, List.of("/", post), commentOn, readers, commenters, Duration.ZERO,
                Duration.ZERO, "bench-" + System.currentTimeMillis()));
        Thread.sleep(seconds * 1000L);
        mix.stop();
        long[] sends = mix.sendNanos(), pages = mix.pageNanos();
        Map<String, Object> row = row("comment submit, " + readers + " readers browsing", commenters);
        row.put("per_s", sends.length / mix.seconds());
        row.put("p50_ms", pct(sends, 50));
        row.put("p95_ms", pct(sends, 95));
        row.put("p99_ms", pct(sends, 99));
        row.put("errors", mix.problems().size());
        row.put("reader_p95_ms", pct(pages, 95));
        rows.add(row);
        System.out.println("comments while reading: " + mix.summary());
        mix.problems().stream().limit(3).forEach(p -> System.err.println("  " + p));
    }

    /**
     * The moderator opens the queue (page and first rows), scrolls deep into it, then ticks 1,000
     * pending comments and approves them with one press. Each figure is one UIDL round trip (or the
     * page plus one), taken several times; ticking the 1,000 is a round trip of its own, not timed.
     */
    static void moderation(int pending) throws Exception {
        Moderator moderator = new Moderator(base);
        moderator.signIn(MODERATOR, MODERATOR_PASSWORD);
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            List<String> keys = moderator.openQueue();
            open.add(System.nanoTime() - t);
            if (keys.size() < 50) throw new IllegalStateException("the queue showed " + keys.size() + " rows");
        }
        timings("moderation: open the queue (page + first 50 rows)", open);
        for (int depth : new int[] {1_000, pending / 2, pending - 50}) {
            List<Long> deep = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                List<String> keys = moderator.rows(depth - 50 * i, 50);
                deep.add(System.nanoTime() - t);
                if (keys.isEmpty()) throw new IllegalStateException("no rows at " + depth);
            }
            timings("moderation: rows 50 at offset ~" + depth, deep);
        }
        List<Long> bulk = new ArrayList<>();
        for (int i = 0; i < Math.max(1, Math.min(3, pending / 1000 - 1)); i++) {
            // The grid sends at most 500 rows at a time: tick those in view, scroll on, tick the next.
            List<String> keys = new ArrayList<>();
            List<String> inView = new ArrayList<>(moderator.openQueue());
            for (int first = 0; keys.size() < 1000 && first < 5000; first += 500) {
                inView.addAll(moderator.rows(first, 500));
                List<String> tick = inView.stream().filter(key -> !keys.contains(key)).limit(1000 - keys.size()).toList();
                moderator.select(tick);
                keys.addAll(tick);
                inView.clear();
            }
            if (keys.size() < 1000) throw new IllegalStateException("only " + keys.size() + " rows to select");
            long t = System.nanoTime();
            String answer = moderator.approveSelected();
            bulk.add(System.nanoTime() - t);
            if (!answer.contains("1000 comments updated")) {
                throw new IllegalStateException("bulk approve did not say it approved 1000: "
                        + answer.substring(0, Math.min(300, answer.length())));
            }
        }
        timings("moderation: approve 1,000 selected (the press)", bulk);
    }

    static void timings(String name, List<Long> nanos) {
        long[] v = nanos.stream().mapToLong(Long::longValue).toArray();
        Map<String, Object> row = row(name, 1);
        row.put("p50_ms", pct(v, 50));
        row.put("p95_ms", pct(v, 95));
        row.put("p99_ms", pct(v, 99));
        rows.add(row);
        System.out.printf(Locale.ROOT, "%-55s p50 %7.1f  max %7.1f ms (%d tries)%n", name, pct(v, 50), pct(v, 100), v.length);
    }

    public static double pct(long[] values, int p) {
        if (values.length == 0) return Double.NaN;
        long[] v = values.clone();
        Arrays.sort(v);
        return v[Math.max(0, Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1))] / 1e6;
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
