package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sala.account.Role;
import org.sala.base.db.EmbeddedMariaDb;
import org.sala.bench.Commenter.Outcome;
import org.sala.bench.Mix;
import org.sala.support.IntegrationTest;
import org.sala.support.LongTest;
import org.sala.support.LogErrors;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8's load and fault tests: readers, commenters and a moderator use Sala over HTTP at once,
 * speaking Vaadin's protocol with the benchmark's client ({@code bench/src}).
 *
 * <p>The short form runs in CI. {@code -Dsala.load.full=true} runs the full form: 50 commenters
 * and 200 readers for 5 minutes, and the database stopped for 20 seconds in the middle of that:
 * {@code ./mvnw verify -Dtest=LoadAndOutageTest -Dsala.load.full=true}.
 */
@IntegrationTest
@LongTest
@ExtendWith(OutputCaptureExtension.class)
class LoadAndOutageTest {

    private static final boolean FULL = Boolean.getBoolean("sala.load.full");
    private static final int COMMENTERS = FULL ? 50 : 10;
    private static final int READERS = FULL ? 200 : 40;
    /** How long each test keeps the people at work (the outage test: with the outage in the middle). */
    private static final Duration LENGTH = FULL ? Duration.ofMinutes(5) : Duration.ofSeconds(40);
    /**
     * Readers spend a while on a page, commenters a while on the form. The full form paces its 250
     * people like people (10 to 15 s a page); at the short form's pace they would be a stress test
     * that this 2-core machine, running them and Sala at once, answers only with queues.
     */
    private static final Duration THINK = Duration.ofSeconds(FULL ? 10 : 1);
    private static final Duration ON_FORM = Duration.ofSeconds(FULL ? 10 : 2);
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> posts = new ArrayList<>();

    @BeforeEach
    void aSiteWithPosts() {
        data.reset();
        data.staff("moderator", Role.MODERATOR);
        posts.clear();
        for (int i = 1; i <= 8; i++) {
            posts.add(data.postPath("Load post " + i + " ពិធីបុណ្យ", true));
        }
    }

    @Test
    void underSteadyLoadEveryAcknowledgedCommentIsStoredOnceAndNothingFails(CapturedOutput output) throws Exception {
        Mix mix = start("steady");
        Thread.sleep(LENGTH.toMillis());
        mix.stop();
        System.out.println("Steady load: " + mix.summary() + ", " + mix.approvals() + " bulk approvals");

        assertThat(mix.problems()).as("unexpected answers").isEmpty();
        assertThat(mix.statuses().keySet()).as("page statuses").containsOnly(200);
        assertThat(mix.acknowledged()).as("acknowledged comments").hasSizeGreaterThanOrEqualTo(COMMENTERS);
        assertThat(mix.approvals()).as("the moderator's bulk approvals").isPositive();
        eachAcknowledgedCommentIsStoredExactlyOnce(mix, "steady");
        assertThat(LogErrors.in(output)).as("errors in the log").isEmpty();
    }

    @Test
    void whenTheDatabaseStopsUnderLoadPeopleAreToldAndSalaRecoversLosingNothing(CapturedOutput output)
            throws Exception {
        Duration eachSide = LENGTH.minus(OUTAGE).dividedBy(2);
        Mix mix = start("outage");
        Thread.sleep(eachSide.toMillis());
        long beforeOutage = mix.acknowledged().size();
        long stopping = System.nanoTime();
        database.stopServer();
        long stopped = System.nanoTime();
        Instant back;
        try {
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            database.startServer();
            back = Instant.now();
        }
        System.out.printf("MariaDB took %d ms to stop and %d ms to start again%n", (stopped - stopping) / 1_000_000,
                (System.nanoTime() - stopped) / 1_000_000 - OUTAGE.toMillis());
        Thread.sleep(eachSide.toMillis());
        mix.stop();
        System.out.println("Load with a 20 s database outage: " + mix.summary() + ", " + mix.approvals()
                + " bulk approvals; " + beforeOutage + " comments acknowledged before the outage");

        assertThat(mix.problems()).as("answers without the clear message").isEmpty();
        assertThat(mix.statuses().keySet()).as("page statuses").containsOnly(200, 503);
        assertThat(mix.unavailablePages() + mix.answers(Outcome.UNAVAILABLE))
                .as("pages and sends that said the site is briefly unavailable").isPositive();
        eachAcknowledgedCommentIsStoredExactlyOnce(mix, "outage");
        assertThat(mix.acknowledgedSince(back)).as("comments acknowledged after the database came back, "
                + "without a restart").isPositive();
        assertThat(LogErrors.in(output)).as("errors in the log").isEmpty();
    }

    private Mix start(String marker) {
        String base = "http://localhost:" + port;
        List<String> pages = new ArrayList<>(posts);
        pages.add("/");
        pages.add("/category/blog");
        return Mix.start(new Mix.Plan(base, pages, posts, READERS, COMMENTERS, THINK, ON_FORM, marker))
                .withModerator("moderator", TestData.STAFF_PASSWORD);
    }

    /**
     * Texts are "marker commenter-n · …": every one the page acknowledged is in the database once;
     * one that was never acknowledged (sent as the database went away) is there once at most.
     */
    private void eachAcknowledgedCommentIsStoredExactlyOnce(Mix mix, String marker) {
        Map<String, Integer> stored = new HashMap<>();
        jdbc.query("SELECT body_raw FROM comment WHERE body_raw LIKE ?", row -> {
            stored.merge(key(row.getString(1)), 1, Integer::sum);
        }, marker + " %");
        List<String> acknowledged = mix.acknowledged().stream().map(LoadAndOutageTest::key).toList();
        assertThat(acknowledged).allSatisfy(text -> assertThat(stored.get(text)).as("copies of " + text).isEqualTo(1));
        assertThat(stored.values()).as("copies of any comment").allSatisfy(n -> assertThat(n).isEqualTo(1));
        assertThat(stored.size()).as("stored comments").isLessThanOrEqualTo(mix.comments().size());
        System.out.printf("%d comments sent, %d acknowledged, %d stored%n", mix.comments().size(),
                acknowledged.size(), stored.size());
    }

    private static String key(String text) {
        String[] words = text.split(" ", 3);
        return words[0] + " " + words[1];
    }
}
