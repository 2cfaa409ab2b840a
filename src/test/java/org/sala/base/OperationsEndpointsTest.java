package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentStatus;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.support.TomcatSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operations endpoints over real HTTP: the health probes answer everyone with the status
 * alone and without a session; Prometheus metrics answer a scraper on this machine and nobody
 * else, and Sala's meters say what happened in the real database.
 */
@IntegrationTest
class OperationsEndpointsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ReaderContext READER = new ReaderContext("203.0.113.7", ReaderTokens.newToken());

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService comments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void probesAnswerEveryoneWithTheStatusAloneWithoutASession() {
        for (String path : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<byte[]> probe = Http.get(port, path);
            assertThat(probe.statusCode()).as(path).isEqualTo(200);
            assertThat(Http.text(probe)).as(path).isEqualTo("{\"status\":\"UP\"}");
            assertThat(Http.contentType(probe)).as(path).contains("json");
            assertThat(probe.headers().firstValue("X-Reader-Page")).as(path).isEmpty();
            Http.assertNoCookie(probe);
        }
        HttpResponse<byte[]> health = Http.get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.text(health)).contains("\"status\":\"UP\"").doesNotContain("components", "details", "mail", "db");
        Http.assertNoCookie(health);
    }

    @Test
    void prometheusAnswersOnlyADirectConnectionFromThisMachine() {
        HttpResponse<String> local = get("/actuator/prometheus", Map.of());
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("sala_moderation_queue_depth");
        assertThat(local.headers().allValues("Set-Cookie")).isEmpty();

        // through a proxy for a remote reader, and the same reader claiming to be this machine
        for (Map<String, String> forwarded : List.of(Map.of("X-Forwarded-For", "203.0.113.9"),
                Map.of("X-Forwarded-For", "127.0.0.1"), Map.of("Forwarded", "for=127.0.0.1"),
                Map.of("X-Real-IP", "127.0.0.1"))) {
            HttpResponse<String> refused = get("/actuator/prometheus", forwarded);
            assertThat(refused.statusCode()).as(forwarded.toString()).isEqualTo(401);
            assertThat(refused.body()).as(forwarded.toString()).doesNotContain("sala_");
            assertThat(refused.headers().allValues("Set-Cookie")).as(forwarded.toString()).isEmpty();
        }
        // the probes stay open to remote clients
        assertThat(get("/actuator/health/readiness", Map.of("X-Forwarded-For", "203.0.113.9")).statusCode()).isEqualTo(200);
        assertThat(get("/actuator", Map.of("X-Forwarded-For", "203.0.113.9")).statusCode()).isEqualTo(401);
    }

    @Test
    void commentsAndDecisionsAreCountedAndTheQueueIsMeasured() {
        long postId = data.post("Counted", true);
        Map<String, Double> before = scrape();

        long first = comments.submit(postId, null, new CommentDraft("Ann", "ann@example.org", "", "First"), READER);
        long second = comments.submit(postId, null, new CommentDraft("Bo", "bo@example.org", "", "Second"), READER);
        long third = comments.submit(postId, null, new CommentDraft("Chan", "chan@example.org", "", "Third"), READER);
        // the second has waited two hours
        jdbc.update("UPDATE comment SET created_at = created_at - INTERVAL 2 HOUR WHERE id = ?", second);
        data.approve(first);
        data.decide(third, CommentStatus.SPAM);

        Map<String, Double> after = scrape();
        assertThat(delta(before, after, "sala_comments_received_total{status=\"pending\"}")).isEqualTo(3);
        assertThat(delta(before, after, "sala_comments_decided_total{decision=\"approved\"}")).isEqualTo(1);
        assertThat(delta(before, after, "sala_comments_decided_total{decision=\"spam\"}")).isEqualTo(1);
        assertThat(delta(before, after, "sala_comments_decided_total{decision=\"rejected\"}")).isZero();
        assertThat(after.get("sala_moderation_queue_depth")).isEqualTo(1);
        assertThat(after.get("sala_moderation_queue_oldest_age_seconds")).isCloseTo(7200, within(120.0));

        data.decide(second, CommentStatus.REJECTED);
        Map<String, Double> empty = scrape();
        assertThat(delta(after, empty, "sala_comments_decided_total{decision=\"rejected\"}")).isEqualTo(1);
        assertThat(empty.get("sala_moderation_queue_depth")).isZero();
        assertThat(empty.get("sala_moderation_queue_oldest_age_seconds")).isZero();
    }

    @Test
    void theOutboxBacklogCountsMailsNotSentYet() {
        String later = "2099-01-01 00:00:00";
        for (String status : new String[] {"PENDING", "PENDING", "SENDING", "SENT", "FAILED"}) {
            jdbc.update("""
                    INSERT INTO outbox_mail (to_address, subject, body, headers, topic, status, attempts, next_attempt_at,
                      created_at) VALUES ('reader@example.org', 'Later', 'x', '', 'test', ?, 0, ?, NOW(6))""", status, later);
        }
        assertThat(scrape().get("sala_mail_outbox_backlog")).isEqualTo(3);
    }

    @Test
    void readerPageViewsAreCountedAsCacheHitsAndMisses() {
        String path = "/" + data.address(data.post("Viewed", true)).path();
        Map<String, Double> before = scrape();

        HttpResponse<byte[]> made = Http.get(port, path);
        HttpResponse<byte[]> cached = Http.get(port, path);
        assertThat(made.headers().firstValue("X-Reader-Page")).contains("made");
        assertThat(cached.headers().firstValue("X-Reader-Page")).contains("cached");

        Map<String, Double> after = scrape();
        assertThat(delta(before, after, "sala_reader_page_views_total{cached=\"miss\"}")).isEqualTo(1);
        assertThat(delta(before, after, "sala_reader_page_views_total{cached=\"hit\"}")).isEqualTo(1);
    }

    @Test
    void openVaadinUisAndSessionsAreTheOnesTheServerHolds() {
        TomcatSessions sessions = TomcatSessions.of(context);
        HttpResponse<byte[]> login = Http.get(port, "/login");
        Session session = sessions.of(login).orElseThrow();

        long withLogin = agreed("sala_vaadin_uis", () -> uisIn(sessions));
        assertThat(withLogin).isPositive();
        assertThat(agreed("tomcat_sessions_active_current_sessions", () -> sessions.all().size())).isPositive();

        session.expire();
        long afterwards = agreed("sala_vaadin_uis", () -> uisIn(sessions));
        assertThat(afterwards).isLessThan(withLogin);
    }

    /** The meter's value once it and the server's own count agree (others' sessions may come and go meanwhile). */
    private long agreed(String meter, LongSupplier actual) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            long expected = actual.getAsLong();
            double seen = scrape().get(meter);
            if (seen == expected && actual.getAsLong() == expected) {
                return expected;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(meter + " was " + seen + ", the server holds " + expected);
            }
            sleep(100);
        }
    }

    /** The Vaadin UIs in the live sessions, as Vaadin itself keeps them. */
    private static long uisIn(TomcatSessions sessions) {
        long uis = 0;
        for (Session session : sessions.all()) {
            if (!session.isValid()) {
                continue;
            }
            try {
                for (String name : Collections.list(session.getSession().getAttributeNames())) {
                    if (session.getSession().getAttribute(name) instanceof VaadinSession vaadin) {
                        vaadin.lock();
                        try {
                            uis += vaadin.getUIs().size();
                        } finally {
                            vaadin.unlock();
                        }
                    }
                }
            } catch (IllegalStateException invalidated) {
                // the session went meanwhile
            }
        }
        return uis;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        assertThat(after).as("series " + series).containsKey(series);
        return after.get(series) - before.getOrDefault(series, 0.0);
    }

    /** Every sample of /actuator/prometheus by its series ({@code name{labels}}). */
    private Map<String, Double> scrape() {
        HttpResponse<String> response = get("/actuator/prometheus", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.base(port) + path)).GET();
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
