package org.sala.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
import java.util.stream.Collectors;

/**
 * Readers and commenters using the site at once, each on its own virtual thread, until stopped.
 * Readers open pages with a think time between (cached pages, as readers without a session get
 * them); commenters open a post, start writing (which starts its live UI), take their time on the
 * form, send a comment with a text nobody else sends, and
 * keep that text until the page acknowledges it, trying again when the site says it is briefly
 * unavailable, as the message asks.
 */
public final class Mix {
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
                    List<String> keys = Moderator.keys(moderator.tab()).stream().limit(20).toList();
                    if (!keys.isEmpty()) {
                        moderator.select(keys);
                        Uidl answer = moderator.approveSelected();
                        if (answer.says("comments updated") || answer.says("comment updated")) {
                            approvals.incrementAndGet();
                        } else if (!answer.says("briefly unavailable")) {
                            problem("moderator got: " + answer.text().substring(0, Math.min(200, answer.text().length())));
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
                BenchReport.pct(pages, 95), statuses(), unavailablePages(), sends.length, BenchReport.pct(sends, 95), answers,
                problems.size());
    }
}
