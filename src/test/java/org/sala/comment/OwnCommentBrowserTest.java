package org.sala.comment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.ShiftedClock;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reader changes their own comment in Chromium, from the browser that sent it, for ten
 * minutes: the published comment they edit leaves the page until a moderator reads it again
 * (who sees both texts in its history), the one they delete is gone, a mistake keeps what they
 * typed, and nobody else ever sees the buttons, on the cached page or a live one.
 */
@IntegrationTest
class OwnCommentBrowserTest extends BrowserTest {

    private static final String TITLE = "Second thoughts are welcome";

    @Autowired
    TestData data;
    @Autowired
    ShiftedClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private String postPath;

    @BeforeEach
    void aPost() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        postPath = data.postPath(TITLE, true);
    }

    @AfterEach
    void clockBack() {
        clock.putBack();
    }

    @Test
    void aReaderEditsAPublishedCommentAndDeletesAnotherWithinTheWindow() {
        Page reader = newPage();
        reader.navigate(url(postPath));
        sendComment(reader, "Vannak", "vannak@example.org", "The report says 2109, surely 2019?");
        assertThat(reader.locator(".comment-form-status")).containsText("Thank you!");
        long edited = newestCommentId();
        Locator mine = reader.locator("#comment-" + edited);
        assertThat(mine.locator(".comment-own-until")).containsText("You can edit or delete your comment until");
        data.approve(edited);
        assertThat(mine.locator(".comment-awaiting")).hasCount(0);
        assertThat(mine.locator(".comment-edit")).isVisible();

        Page stranger = anotherPerson();
        stranger.navigate(url(postPath));
        assertThat(stranger.locator("#comment-" + edited)).containsText("surely 2019");
        assertThat(stranger.locator(".comment-own")).hasCount(0);
        assertThat(isCachedPage(stranger)).isTrue();

        reader.reload();
        assertThat(isCachedPage(reader)).as("its commenter gets a live page to change it").isFalse();
        mine.locator(".comment-edit").click();
        Locator form = reader.locator(".comment-edit-form");
        Locator text = form.locator("textarea[name=body]");
        assertThat(text).hasValue("The report says 2109, surely 2019?");
        assertThat(text).isFocused();
        text.fill("  ");
        form.locator(".comment-own-confirm").click();
        assertThat(form.locator(".field-error")).hasText("Please write a comment.");
        text.fill("The report says 2019 — my mistake, sorry 🙏 ខ្ញុំសុំទោស");
        form.locator(".comment-own-confirm").click();
        assertThat(reader.locator(".comment-own-saved"))
                .hasText("Your change is saved. A moderator will read it before it appears again.");
        assertThat(mine.locator(".comment-awaiting")).isVisible();
        assertThat(mine.locator(".comment-body")).containsText("my mistake, sorry 🙏 ខ្ញុំសុំទោស");
        screenshot(reader, "own-comment-edited");

        stranger.reload();
        assertThat(stranger.locator(".comments-heading")).hasText("No comments yet");
        assertThat(stranger.locator("#comment-" + edited)).hasCount(0);

        sendComment(reader, "Vannak", "vannak@example.org", "Said in haste, gone in a minute");
        assertThat(reader.locator(".comment-form-status")).containsText("Thank you!");
        long deleted = newestCommentId();
        Locator second = reader.locator("#comment-" + deleted);
        second.locator(".comment-delete").click();
        Locator question = reader.locator(".comment-delete-form");
        assertThat(question).containsText("Delete your comment for good?");
        question.locator(".comment-own-cancel").click();
        assertThat(question).hasCount(0);
        second.locator(".comment-delete").click();
        reader.locator(".comment-delete-form .comment-own-confirm").click();
        assertThat(reader.locator(".comment-own-deleted")).hasText("Your comment is deleted.");
        assertThat(second).hasCount(0);
        assertThat(jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, deleted))
                .isEqualTo("DELETED");

        Page dara = anotherPerson();
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        assertThat(dara).hasURL(Pattern.compile(".*/staff/moderation$"));
        assertThat(dara.locator(".moderation-count")).hasText("1 Pending");
        assertThat(dara.locator(".queue-meta").first()).containsText("Edited by its commenter after it was published");
        dara.locator(".queue-text").first().click();
        Locator history = dara.locator(".comment-history");
        assertThat(history).containsText("The commenter edited it (within the edit window), Approved to Pending");
        history.locator("summary").click();
        assertThat(history.locator(".history-text-before")).hasText("The report says 2109, surely 2019?");
        screenshot(dara, "moderation-commenter-edit");

        clock.moveAhead(Duration.ofMinutes(11));
        reader.reload();
        assertThat(reader.locator("#comment-" + edited)).containsText("my mistake");
        assertThat(reader.locator(".comment-own")).hasCount(0);
    }

    private long newestCommentId() {
        return jdbc.queryForObject("SELECT MAX(id) FROM comment", Long.class);
    }
}
