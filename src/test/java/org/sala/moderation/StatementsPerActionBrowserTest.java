package org.sala.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.RequestStatements;
import org.sala.support.TestData;
import org.sala.support.TomcatSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What one action asks of the database, counted in the real application with Chromium: a view
 * shows the result of its own action once, not a second time when the change is told back to
 * every open view after the commit.
 */
@IntegrationTest
class StatementsPerActionBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    RequestStatements statements;

    @Autowired
    ApplicationContext context;

    private String postPath;

    @BeforeEach
    void threeWaitingComments() {
        // Views earlier tests left open (their tabs closed, their sessions not yet timed out) would
        // be told of the change too and read the queue themselves: only this test's views count.
        TomcatSessions.of(context).all().forEach(Session::expire);
        data.reset();
        data.staff("dara", Role.MODERATOR);
        long postId = data.post("Counting what a decision costs", true);
        postPath = "/" + data.address(postId).path();
        for (String name : List.of("Sokha", "Lina", "Vannak")) {
            submissions.submit(postId, null, new CommentDraft(name, name.toLowerCase(Locale.ROOT) + "@example.org", "",
                    "A comment from " + name + "."), new ReaderContext("198.51.100.7", ReaderTokens.newToken()));
        }
    }

    @Test
    void approvingFromTheQueueReadsTheQueueOnce() {
        Page dara = newPage(1400, 1000, "en-US");
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        // a moderator lands on the queue (one UI: another tab's would be told of the change too)
        assertThat(dara).hasURL(Pattern.compile(".*/staff/moderation$"));
        assertThat(dara.locator(".moderation-count")).hasText("3 Pending");
        dara.locator("vaadin-grid.moderation-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Sokha")).first().click();
        Locator details = dara.locator(".comment-details");
        assertThat(details).containsText("A comment from Sokha.");

        statements.clear();
        details.locator("vaadin-button.decide-approved").click();
        // the view is up to date once it counts two; the change told back arrives in the same request
        assertThat(dara.locator(".moderation-count")).hasText("2 Pending");
        List<String> sql = statements.seen();
        String all = String.join("\n", sql);
        System.out.printf("Statements for one approval from the queue: %d%n%s%n", sql.size(), all);

        assertThat(sql.stream().filter(StatementsPerActionBrowserTest::countsTheQueue).count())
                .as("the queue counted once:\n" + all).isEqualTo(1);
        assertThat(sql.stream().filter(StatementsPerActionBrowserTest::readsAQueuePage).count())
                .as("a page of the queue read once:\n" + all).isEqualTo(1);
    }

    @Test
    void aReaderSendingACommentReadsItBackOnce() {
        Page reader = newPage();
        reader.navigate(url(postPath));
        liveForm(reader, "comment-form");
        statements.clear();
        sendComment(reader, "Malis", "malis@example.org", "Sent once, shown once.");
        assertThat(reader.locator(".comment.comment-pending")).hasCount(1);
        List<String> sql = statements.seen();
        String all = String.join("\n", sql);
        System.out.printf("Statements for one reader comment: %d%n%s%n", sql.size(), all);

        assertThat(sql.stream().filter(StatementsPerActionBrowserTest::readsCommentsToShow).count())
                .as("the new comment read back once:\n" + all).isEqualTo(1);
    }

    private static boolean countsTheQueue(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.startsWith("select count(") && lower.contains(" from comment ");
    }

    private static boolean readsAQueuePage(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.startsWith("select c1_0.id from comment ") && lower.contains(" order by ");
    }

    private static boolean readsCommentsToShow(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.contains(" from comment ") && lower.contains("reader_token_hash") && lower.contains(" in (");
    }
}
