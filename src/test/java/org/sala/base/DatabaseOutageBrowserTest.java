package org.sala.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sala.account.Role;
import org.sala.base.db.EmbeddedMariaDb;
import org.sala.comment.domain.CommentRepository;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.LongTest;
import org.sala.support.LogErrors;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The MariaDB process stops while people use the site (the short, CI form of issue 8's outage
 * test): readers get a clear message and lose nothing they typed, and once the database is back
 * Sala carries on by itself, without a restart and without losing or doubling a comment.
 */
@IntegrationTest
@LongTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageBrowserTest extends BrowserTest {

    private static final String TEXT = "Written while the database was away. ສະບາຍດີ 🙏";

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    TestData data;

    @Autowired
    CommentRepository comments;

    private String postPath;

    @BeforeEach
    void aPost() {
        data.reset();
        data.staff("keeper", Role.MODERATOR);
        postPath = data.postPath("When the lights go out", true);
    }

    @Test
    void readersGetAClearMessageKeepTheirTextAndSalaRecoversByItself(CapturedOutput output) throws Exception {
        Page reader = newPage();
        Page staff = anotherPerson();
        reader.navigate(url(postPath));
        Locator form = liveForm(reader, "comment-form");
        form.locator("input[name=name]").fill("Bounmy");
        form.locator("input[name=email]").fill("bounmy@example.org");
        form.locator("textarea[name=body]").fill(TEXT);

        database.stopServer();
        try {
            form.locator(".comment-submit").click();
            // The action waits for a connection up to spring.datasource.hikari.connection-timeout (3 s).
            assertThat(reader.locator("vaadin-notification-card")).containsText("briefly unavailable",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            screenshot(reader, "outage-01-comment-while-down");
            assertThat(reader.locator(".comment-body-field textarea")).hasValue(TEXT);

            // A page made before the outage is still there for readers; one that must be made now says why not.
            Page another = anotherPerson();
            assertThat(another.navigate(url(postPath)).status()).isEqualTo(200);
            assertThat(another.locator(".post-title")).hasText("When the lights go out");
            long started = System.nanoTime();
            Response page = another.navigate(url("/archives"), new Page.NavigateOptions().setTimeout(60_000));
            System.out.printf("A page while the database is down answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(page.status()).isEqualTo(503);
            assertThat(another.locator(".error-view")).containsText("briefly unavailable");
            screenshot(another, "outage-02-page-while-down");

            // A moderator signing in now is told so, not "wrong password", and is not held back for it.
            for (int attempt = 0; attempt < 6; attempt++) {
                tryToSignIn(staff);
                assertThat(staff).hasURL(Pattern.compile(".*/login\\?unavailable$"));
                assertThat(staff.getByText("Sign-in is briefly unavailable")).isVisible();
            }
            screenshot(staff, "outage-03-sign-in-while-down");
        } finally {
            database.startServer();
        }

        // Once the database is back, sending again works: the reader retries as the message asked.
        Locator pending = reader.locator(".comment.comment-pending");
        for (int attempt = 0; attempt < 6 && pending.count() == 0; attempt++) {
            form.locator(".comment-submit").click();
            reader.waitForTimeout(5_000);
        }
        assertThat(pending).hasCount(1);
        assertThat(comments.count()).isEqualTo(1);
        assertThat(anotherPerson().navigate(url(postPath)).status()).isEqualTo(200);
        signIn(staff, "keeper", TestData.STAFF_PASSWORD);
        // Hikari itself warns (with a trace) once per connection the outage broke; nothing is an error.
        assertThat(LogErrors.in(output)).as("errors in the log during the outage").isEmpty();
    }

    private void tryToSignIn(Page staff) {
        staff.navigate(url("/login"));
        staff.locator("input[name=username]").fill("keeper");
        staff.locator("input[name=password]").fill(TestData.STAFF_PASSWORD);
        staff.locator("vaadin-button[slot=submit]").click();
        staff.waitForURL(Pattern.compile(".*/login\\?.*"));
    }
}
