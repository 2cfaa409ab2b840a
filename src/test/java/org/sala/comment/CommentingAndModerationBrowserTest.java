package org.sala.comment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A reader answers a post, moderators decide in the queue, readers see the outcome: in Chromium. */
@IntegrationTest
class CommentingAndModerationBrowserTest extends BrowserTest {

    private static final String NAME = "Sokha </script><img src=x onerror=alert('name')> 🙂 ស្រីល័ក្ខ";
    private static final String HOSTILE_BODY = """
            **Thank you** for this. ស្វាគមន៍ 👍🏽 မင်္ဂလာပါ
            <script>alert('script')</script><img src=x onerror="alert('img')">
            [a link](javascript:alert('link')) and <a href="javascript:alert('a')">another</a>""";

    @Autowired
    TestData data;

    private String postPath;

    @BeforeEach
    void aPostAndItsModerators() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        data.staff("kim", Role.MODERATOR);
        data.staff("malee", Role.AUTHOR);
        postPath = data.postPath("What do you think about safe migration", true);
    }

    @Test
    void aHostileCommentIsHeldApprovedLiveAndShownHarmless() {
        Page reader = anotherPerson();
        reader.navigate(url(postPath));
        assertThat(reader.locator(".comments h2")).hasText("No comments yet");
        sendComment(reader, NAME, "sokha@example.org", HOSTILE_BODY);

        Locator own = reader.locator(".comment.comment-pending");
        assertThat(own).hasCount(1);
        assertThat(own.locator(".comment-author")).hasText(NAME);
        assertThat(own.locator(".comment-awaiting")).containsText("awaiting moderation");
        sendComment(reader, "Sokha", "sokha@example.org", "Please reject this second one.");
        assertThat(reader.locator(".comment.comment-pending")).hasCount(2);
        reader.reload();
        assertThat(reader.locator(".comment.comment-pending")).hasCount(2);
        screenshot(reader, "comments-01-reader-pending");

        Page stranger = anotherPerson();
        stranger.navigate(url(postPath));
        assertThat(stranger.locator(".comment-form")).isVisible();
        assertThat(stranger.locator(".comment")).hasCount(0);

        Page dara = anotherPerson();
        dara.navigate(url("/staff/moderation"));
        assertThat(dara).hasURL(Pattern.compile(".*/login$"));
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        assertThat(dara).hasURL(Pattern.compile(".*/staff/moderation(\\?continue)?$"));
        Page kim = anotherPerson();
        signIn(kim, "kim", TestData.STAFF_PASSWORD);
        assertThat(dara.locator(".moderation-count")).hasText("2 Pending");

        openInQueue(kim, "ស្រីល័ក្ខ");
        openInQueue(dara, "ស្រីល័ក្ខ");
        Locator details = dara.locator(".comment-details");
        assertThat(details.locator(".comment-raw")).containsText("<script>alert('script')</script>");
        assertThat(details.locator(".comment-sanitizer-report")).containsText("<script>");
        assertThat(details.locator(".comment-clean strong")).hasText("Thank you");
        screenshot(dara, "comments-02-moderator-details");
        details.locator(".decide-approved").click();

        // The reader, who has not reloaded, sees the approved comment appear, formatted and harmless.
        Locator approved = reader.locator(".comment:not(.comment-pending)");
        assertThat(approved).hasCount(1);
        assertThat(approved.locator(".comment-author")).hasText(NAME);
        assertThat(approved.locator(".comment-body strong")).hasText("Thank you");
        assertThat(approved.locator(".comment-body")).containsText("ស្វាគមន៍ 👍🏽 မင်္ဂလာပါ");
        assertThat(approved.locator(".comment-body img, .comment-body script, .comment-body [href^=javascript]"))
                .hasCount(0);
        assertThat(reader.locator(".comments h2")).hasText("1 comment");
        screenshot(reader, "comments-03-reader-approved-live");

        // Kim's queue followed on its own; deciding on what Kim saw before is refused, with a notice.
        assertThat(kim.locator(".moderation-count")).hasText("1 Pending");
        assertThat(kim.locator(".comment-details-changed")).containsText("Approved");
        kim.locator(".comment-details .decide-spam").click();
        assertThat(kim.locator("vaadin-notification-card.moderation-conflict"))
                .containsText("already Approved (Dara decided first)");
        screenshot(kim, "comments-04-second-moderator-conflict");

        openInQueue(dara, "Please reject");
        dara.locator(".comment-details .decide-rejected").click();
        assertThat(dara.locator(".moderation-count")).hasText("0 Pending");

        reader.reload();
        assertThat(reader.locator(".comment")).hasCount(1);
        assertThat(reader.locator(".comments")).not().containsText("Please reject");
        assertThat(stranger.reload().status()).isEqualTo(200);
        assertThat(stranger.locator(".comment")).hasCount(1);

        for (Page page : new Page[] {reader, stranger, dara, kim}) {
            assertThat(alertsIn(page)).as("alerts in %s", page.url()).isEmpty();
            assertThat(page.locator("img[src=x]")).hasCount(0);
        }
    }

    @Test
    void badInputIsExplainedBesideTheFieldAndNothingTypedIsLost() {
        Page reader = newPage();
        reader.navigate(url(postPath));
        String longBody = "ก".repeat(5001);
        sendComment(reader, "  ", "not-an-email", longBody);

        assertThat(field(reader, "comment-name").locator("input")).hasAttribute("aria-invalid", "true");
        assertThat(field(reader, "comment-name").locator(".field-error")).hasText("Please give a name.");
        assertThat(field(reader, "comment-email").locator(".field-error")).containsText("does not look like an email address");
        assertThat(field(reader, "comment-body-field").locator(".field-error")).containsText("at most 5,000 characters");
        assertThat(field(reader, "comment-email").locator("input")).hasValue("not-an-email");
        assertThat(field(reader, "comment-body-field").locator("textarea")).hasValue(longBody);
        screenshot(reader, "comments-05-bad-input");

        field(reader, "comment-name").locator("input").fill("Bell\u0007 ringer");
        field(reader, "comment-email").locator("input").fill("bell@example.org");
        field(reader, "comment-body-field").locator("textarea").fill("Short now 𩸽");
        reader.locator(".comment-submit").click();
        assertThat(field(reader, "comment-name").locator(".field-error")).containsText("invisible control characters");
        assertThat(field(reader, "comment-email").locator(".field-error")).isHidden();
        assertThat(reader.locator(".comment")).hasCount(0);

        field(reader, "comment-name").locator("input").fill("Bell ringer");
        reader.locator(".comment-submit").click();
        assertThat(reader.locator(".comment.comment-pending .comment-body")).hasText("Short now 𩸽");
        assertThat(reader.locator(".comment-form-status")).hasText("Thank you! Your comment is awaiting moderation.");
        assertThat(field(reader, "comment-body-field").locator("textarea")).hasValue("");
        assertThat(field(reader, "comment-name").locator("input")).hasValue("Bell ringer");

        field(reader, "comment-body-field").locator("textarea").fill("Short now 𩸽");
        reader.locator(".comment-submit").click();
        assertThat(field(reader, "comment-body-field").locator(".field-error"))
                .containsText("You sent this same comment a moment ago");
        assertThat(field(reader, "comment-body-field").locator("textarea")).hasValue("Short now 𩸽");
        assertThat(reader.locator(".comment")).hasCount(1);
        assertThat(reader.locator(".comment-trap input")).hasValue("");
        assertThat(reader.locator(".comment-trap")).not().isInViewport();
        assertThat(alertsIn(reader)).isEmpty();
    }

    @Test
    void aClosedPostSaysSoInsteadOfShowingTheForm() {
        String closed = data.postPath("Closed for answers", false);
        Page reader = newPage();
        reader.navigate(url(closed));
        assertThat(reader.locator(".comments-closed")).hasText("Comments are closed for this post.");
        assertThat(reader.locator(".comment-form")).hasCount(0);
    }

    @Test
    void theQueueIsForModeratorsOnly() {
        Page anonymous = newPage();
        anonymous.navigate(url("/staff/moderation"));
        assertThat(anonymous).hasURL(Pattern.compile(".*/login$"));
        assertThat(anonymous.locator("vaadin-grid")).hasCount(0);

        Page author = anotherPerson();
        signIn(author, "malee", TestData.STAFF_PASSWORD);
        author.navigate(url("/staff/moderation"));
        assertThat(author.locator("h1")).not().hasText("Moderation");
        assertThat(author.locator("vaadin-grid")).hasCount(0);
        assertThat(author.locator("vaadin-side-nav-item")).hasCount(0);
    }

    private static Locator field(Page page, String className) {
        return page.locator("." + className);
    }

    private static void openInQueue(Page moderator, String text) {
        moderator.locator("vaadin-grid.moderation-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text)).first().click();
        // The details may still show the comment opened before: wait for this one.
        assertThat(moderator.locator(".comment-details")).containsText(text);
    }
}
