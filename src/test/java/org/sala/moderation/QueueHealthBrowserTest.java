package org.sala.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
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

/** A moderator opens "Queue health" from the staff menu and sees the figures, both pictures and their numbers. */
@IntegrationTest
class QueueHealthBrowserTest extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    CommentSubmissionService submissions;

    @BeforeEach
    void aFewComments() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        long postId = data.post("A post people answer", true);
        for (int i = 0; i < 3; i++) {
            long id = submissions.submit(postId, null, new CommentDraft("Reader " + i, "r" + i + "@example.org", "",
                    "Comment " + i), new ReaderContext("198.51.100.60", ReaderTokens.newToken()));
            if (i < 2) {
                data.approve(id);
            }
        }
    }

    @Test
    void theFiguresAndThePicturesAreThere() {
        Page dara = newPage();
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        dara.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Queue health")).click();
        assertThat(dara.locator(".queue-health h1")).hasText("Queue health");
        assertThat(dara.locator(".moderation-health-pending .health-value")).hasText("1");
        assertThat(dara.locator(".moderation-health-spam-share .health-value")).hasText("0 %");
        assertThat(dara.locator("img.health-days-chart")).hasAttribute("alt",
                java.util.regex.Pattern.compile("Bar chart of comments arrived.*"));
        assertThat(dara.locator("img.health-histogram")).isVisible();
        dara.locator(".health-numbers").first().click();
        assertThat(dara.locator(".health-numbers").first()).containsText("3 arrived, 2 decided");
        assertThat(dara.locator(".moderation-health-moderators-week")).containsText("Keeper: 2");
        assertThat(dara.locator(".moderation-health-backlog")).containsText("A post people answer: 1");
        int width = ((Number) dara.evaluate("document.querySelector('img.health-days-chart').naturalWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(width).as("the SVG decoded as an image").isGreaterThan(0);
        screenshot(dara, "queue-health");
    }
}
