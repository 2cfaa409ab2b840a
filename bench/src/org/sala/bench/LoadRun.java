package org.sala.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load runs of {@code Bench.java run} (and {@code tabs}): simulated readers, commenters and a
 * moderator against a running Sala, each measurement a row for {@link BenchReport}.
 */
final class LoadRun {

    static String base;

    private LoadRun() {
    }

    static void run(Map<String, String> o) throws Exception {
        base = o.get("url");
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int sessions = Integer.parseInt(o.getOrDefault("sessions", "1000"));
        Duration sessionTimeout = Duration.parse(o.getOrDefault("session-timeout", "PT1M"));
        String pid = o.get("pid");
        int posts = Integer.parseInt(o.getOrDefault("posts", "100000"));
        int pending = Integer.parseInt(o.getOrDefault("comments", "1000000")) / 10;
        String post = BenchFill.postPath(posts);
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
            stateNodes("post with about 10 comments", BenchFill.postPath(posts - 1));
            for (int readers : new int[] {1, 50, 200}) {
                load("front page, cached (GET)", "/", readers, seconds, false, true);
                load("post with 50 comments, cached (GET)", post, readers, seconds, false, true);
                load("category archive, cached (GET)", BenchFill.CATEGORY_PATH, readers, seconds, false, true);
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
        BenchReport.write(out, o.getOrDefault("run-label", "Bench.java run"), o.getOrDefault("machine", BenchReport.machine()));
    }

    /** Negative control: Vaadin's CSRF check is on, a UIDL request with a wrong token is refused. */
    static void refusesWrongToken() throws Exception {
        Tab tab = new Tab(base, null);
        tab.open("/");
        tab.start();
        HttpResponse<String> u = Tab.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + tab.cookies.get("JSESSIONID"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(Uidl.write(Uidl.object().put("csrfToken", "wrong")
                        .set("rpc", Uidl.array()).put("syncId", 0).put("clientId", 0))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (!Uidl.tryParse(u.body()).map(Uidl::appError).orElse(false)) {
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
        Map<String, Object> row = BenchReport.row("live heap per idle reader tab with the live UI started: " + label, n);
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
        BenchReport.rows.add(row);
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
        String view = tab.start().text();
        String all = tab.page();
        long nodes = tab.answers().stream().mapToLong(Uidl::attachedNodes).sum();
        Map<String, Object> row = BenchReport.row("state nodes of the live UI: " + label, 1);
        row.put("state_nodes", nodes);
        row.put("uidl_kb", all.length() / 1024.0);
        BenchReport.rows.add(row);
        System.out.printf(Locale.ROOT, "state nodes: %s: %d nodes, %.1f KB of UIDL to start (view %.1f KB)%n", label,
                nodes, all.length() / 1024.0, view.length() / 1024.0);
        tab.close();
    }

    /** The heap in use after two full collections, from the text jcmd prints ("… used 61234K …"). */
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
        Map<String, Object> row = BenchReport.row(name, readers);
        row.put("per_s", pages.length / elapsed);
        row.put("p50_ms", BenchReport.pct(pages, 50));
        row.put("p95_ms", BenchReport.pct(pages, 95));
        row.put("p99_ms", BenchReport.pct(pages, 99));
        row.put("uidl_p95_ms", u.length == 0 ? null : BenchReport.pct(u, 95));
        row.put("errors", errors.get());
        row.put("cookies_set", cookies.get());
        if (record) BenchReport.rows.add(row);
        System.out.printf(Locale.ROOT, "%-40s %4d readers: %7.1f views/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms%s  errors %d%n",
                name, readers, pages.length / elapsed, BenchReport.pct(pages, 50), BenchReport.pct(pages, 95), BenchReport.pct(pages, 99),
                u.length == 0 ? "" : String.format(Locale.ROOT, "  (uidl p95 %.1f ms)", BenchReport.pct(u, 95)), errors.get());
    }

    /**
     * Commenters send comments as fast as they can (the server runs without its per-person limits
     * and form time for this) while readers view the front page and the busy post with no pause.
     * The submit is the UIDL round trip of pressing Send, until "Thank you".
     */
    static void commentsWhileReading(int posts, int readers, int commenters, int seconds) throws Exception {
        String post = BenchFill.postPath(posts);
        List<String> commentOn = List.of(BenchFill.postPath(posts - 1), BenchFill.postPath(posts - 2), BenchFill.postPath(posts - 3));
        Mix mix = Mix.start(new Mix.Plan(base, List.of("/", post), commentOn, readers, commenters, Duration.ZERO,
                Duration.ZERO, "bench-" + System.currentTimeMillis()));
        Thread.sleep(seconds * 1000L);
        mix.stop();
        long[] sends = mix.sendNanos(), pages = mix.pageNanos();
        Map<String, Object> row = BenchReport.row("comment submit, " + readers + " readers browsing", commenters);
        row.put("per_s", sends.length / mix.seconds());
        row.put("p50_ms", BenchReport.pct(sends, 50));
        row.put("p95_ms", BenchReport.pct(sends, 95));
        row.put("p99_ms", BenchReport.pct(sends, 99));
        row.put("errors", mix.problems().size());
        row.put("reader_p95_ms", BenchReport.pct(pages, 95));
        BenchReport.rows.add(row);
        System.out.println("comments while reading: " + mix.summary());
        mix.problems().stream().limit(3).forEach(p -> System.err.println("  " + p));
    }

    /**
     * The moderator opens the queue (page and first rows), scrolls deep into it, ticks 1,000
     * pending comments and approves them with one press, and last opens the queue health page.
     * Each figure is one UIDL round trip (or the page plus one), taken several times; ticking the
     * 1,000 is a round trip of its own, not timed.
     */
    static void moderation(int pending) throws Exception {
        Moderator moderator = new Moderator(base);
        moderator.signIn(BenchFill.MODERATOR, BenchFill.MODERATOR_PASSWORD);
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            List<String> keys = moderator.openQueue();
            open.add(System.nanoTime() - t);
            if (keys.size() < 50) throw new IllegalStateException("the queue showed " + keys.size() + " rows");
        }
        BenchReport.timings("moderation: open the queue (page + first 50 rows)", open);
        for (int depth : new int[] {1_000, pending / 2, pending - 50}) {
            List<Long> deep = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                List<String> keys = moderator.rows(depth - 50 * i, 50);
                deep.add(System.nanoTime() - t);
                if (keys.isEmpty()) throw new IllegalStateException("no rows at " + depth);
            }
            BenchReport.timings("moderation: rows 50 at offset ~" + depth, deep);
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
            Uidl answer = moderator.approveSelected();
            bulk.add(System.nanoTime() - t);
            if (!answer.says("1000 comments updated")) {
                throw new IllegalStateException("bulk approve did not say it approved 1000: "
                        + answer.text().substring(0, Math.min(300, answer.text().length())));
            }
        }
        BenchReport.timings("moderation: approve 1,000 selected (the press)", bulk);
        List<Long> health = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            moderator.openHealth();
            health.add(System.nanoTime() - t);
        }
        BenchReport.timings("moderation: open queue health (page + figures, 7 and 30 days)", health);
    }
}
