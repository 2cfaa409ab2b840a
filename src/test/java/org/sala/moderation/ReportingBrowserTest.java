package org.sala.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Readers report a published comment in Chromium, from the cached post page, without an account:
 * a reason is required, "something else" needs words, nothing typed is lost on a mistake. The
 * second report (the setting) takes the comment off the page; a moderator finds it in the
 * "Reported" tab with the reasons and publishes it again.
 */
@IntegrationTest
class ReportingBrowserTest extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    JdbcTemplate jdbc;

    private String postPath;
    private long commentId;

    @BeforeEach
    void aPublishedComment() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        data.staff("admin", Role.ADMIN);
        postPath = data.postPath("A post with a comment readers report", true);
        long postId = jdbc.queryForObject("SELECT id FROM post WHERE title = ?", Long.class,
                "A post with a comment readers report");
        commentId = submissions.submit(postId, null,
                new CommentDraft("Lina", "lina@example.org", "", "Call my cousin on 081 555 0101, he finds jobs abroad ✈️"),
                new ReaderContext("198.51.100.7", ReaderTokens.newToken()));
        data.approve(commentId);
    }

    @Test
    void twoReadersReportAndTheCommentWaitsForAModeratorWhoPublishesItAgain() {
        Page admin = newPage();
        signIn(admin, "admin", TestData.STAFF_PASSWORD);
        admin.navigate(url("/staff/moderation/rules"));
        Locator hideAfter = admin.locator("vaadin-integer-field.reports-hide-after input");
        hideAfter.fill("2");
        admin.locator("vaadin-button.reports-save").click();
        assertThat(admin.locator("vaadin-notification-card")).containsText("Saved");
        assertThat(jdbc.queryForObject("SELECT hide_after_reports FROM moderation_setting", Integer.class)).isEqualTo(2);

        Page first = anotherPerson();
        first.navigate(url(postPath));
        assertThat(first.locator("#comment-" + commentId)).containsText("Call my cousin");
        first.locator("#comment-" + commentId + " a.comment-report").click();
        assertThat(first).hasURL(Pattern.compile(".*/comments/" + commentId + "/report$"));
        assertThat(first.locator(".report-page")).containsText("Lina wrote under “A post with a comment readers report”");

        first.locator("vaadin-button.report-send").click();
        assertThat(first.locator("vaadin-radio-group.report-reason")).containsText("Please choose what is wrong");
        first.locator("vaadin-text-area.report-note textarea").fill("It gives out a phone number ☎");
        first.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Something else")).click();
        first.locator("vaadin-button.report-send").click();
        assertThat(first.locator(".report-message")).hasText("Thank you. A moderator will look at this comment soon.");
        screenshot(first, "report-received");

        first.navigate(url("/comments/" + commentId + "/report"));
        first.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Spam")).click();
        first.locator("vaadin-button.report-send").click();
        assertThat(first.locator(".report-message")).hasText(
                "You have reported this comment already. A moderator will look at it.");

        Page second = anotherPerson();
        second.navigate(url("/comments/" + commentId + "/report"));
        second.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Something else")).click();
        second.locator("vaadin-button.report-send").click();
        assertThat(second.locator("vaadin-text-area.report-note")).containsText("Please say in a few words");
        second.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("personal information")).click();
        second.locator("vaadin-button.report-send").click();
        assertThat(second.locator(".report-message")).hasText("Thank you. A moderator will look at this comment soon.");

        second.navigate(url(postPath));
        assertThat(second.locator(".comments-heading")).hasText("No comments yet");
        assertThat(second.locator("#comment-" + commentId)).hasCount(0);

        Page dara = anotherPerson();
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        assertThat(dara).hasURL(Pattern.compile(".*/staff/moderation$"));
        dara.locator("vaadin-tab.moderation-tab-reported").click();
        assertThat(dara.locator(".moderation-count")).hasText("1 reported");
        Locator meta = dara.locator(".queue-meta").first();
        assertThat(meta).containsText("⚑ 2 reports: Something else, It shares someone’s personal information");
        screenshot(dara, "moderation-reported");
        dara.locator(".queue-text").first().click();
        assertThat(dara.locator(".comment-reports")).containsText("It gives out a phone number ☎");
        assertThat(dara.locator(".comment-reports")).not().containsText("198.51.100");
        dara.locator("sala-queue-keys.moderation-queue").focus();
        dara.keyboard().press("a");
        assertThat(dara.locator(".moderation-count")).hasText("0 reported");

        second.reload();
        assertThat(second.locator("#comment-" + commentId)).containsText("Call my cousin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment_report WHERE resolved_at IS NULL", Integer.class))
                .isZero();
    }
}
