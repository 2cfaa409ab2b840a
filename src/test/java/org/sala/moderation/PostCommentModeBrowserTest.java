package org.sala.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per-post moderation in Chromium: the author sets "publish at once, review after" in the post's
 * editor, a reader's comment appears at once, a moderator finds it under "To review" and looks at
 * it with one key, then closes the post's comments from the queue and readers see them closed.
 */
@IntegrationTest
class PostCommentModeBrowserTest extends BrowserTest {

    private static final String TITLE = "A post that trusts its readers";

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private String postPath;
    private long postId;

    @BeforeEach
    void aPost() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        postPath = data.postPath(TITLE, true);
        postId = jdbc.queryForObject("SELECT id FROM post WHERE title = ?", Long.class, TITLE);
    }

    @Test
    void publishAndReviewAfterThenClosedFromTheQueue() {
        Page author = newPage();
        signIn(author, TestData.AUTHOR, "writer-password");
        author.navigate(url("/staff/write/" + postId));
        author.locator("vaadin-select.post-comment-mode").click();
        author.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Publish at once, review after")).click();
        assertThat(author.locator("vaadin-notification-card")).containsText("Saved");
        assertThat(jdbc.queryForObject("SELECT arrival FROM post_comment_mode WHERE post_id = ?", String.class, postId))
                .isEqualTo("PUBLISH_AND_REVIEW");

        Page reader = anotherPerson();
        reader.navigate(url(postPath));
        sendComment(reader, "Malee", "malee@example.org", "Thank you for this, ขอบคุณค่ะ 🌱");
        assertThat(reader.locator(".comment-form-status")).hasText("Thank you! Your comment is published.");
        Page stranger = anotherPerson();
        stranger.navigate(url(postPath));
        assertThat(stranger.locator(".comment-body")).hasText("Thank you for this, ขอบคุณค่ะ 🌱");

        Page dara = anotherPerson();
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        assertThat(dara).hasURL(Pattern.compile(".*/staff/moderation$"));
        assertThat(dara.locator(".moderation-count")).hasText("0 Pending");
        dara.locator("vaadin-tab.moderation-tab-review").click();
        assertThat(dara.locator(".moderation-count")).hasText("1 to review");
        assertThat(dara.locator(".queue-meta").first()).containsText("Published at once, to review (this post)");
        dara.locator(".queue-text").first().click();
        dara.locator("sala-queue-keys.moderation-queue").focus();
        dara.keyboard().press("a");
        assertThat(dara.locator(".moderation-count")).hasText("0 to review");

        dara.locator("vaadin-combo-box.moderation-post-filter input").fill("trusts");
        dara.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(TITLE)).click();
        dara.locator("vaadin-select.post-comment-mode").click();
        dara.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Closed")).click();
        assertThat(dara.locator("vaadin-notification-card").last()).containsText("Saved");
        screenshot(dara, "moderation-post-mode");

        stranger.reload();
        assertThat(stranger.locator(".comments-closed")).hasText("Comments are closed for this post.");
        assertThat(stranger.locator(".comment-body")).hasText("Thank you for this, ขอบคุณค่ะ 🌱");
    }
}
