package org.sala.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reader asks to hear about their comment; a moderator rejects it giving a reason, and the
 * reason (not the comment) is queued to the reader. The moderator asks for the digest. In Chromium.
 */
@IntegrationTest
class CommentNotificationsBrowserTest extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private String postPath;

    @BeforeEach
    void aPost() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        postPath = data.postPath("Rice prices this season", true);
    }

    @Test
    void aRejectionReasonIsMailedToTheReaderWhoAskedForIt() {
        Page reader = newPage();
        reader.navigate(url(postPath));
        liveForm(reader, "comment-form").locator(".comment-notify-published input").check();
        sendComment(reader, "Vanna", "vanna@example.org", "Call me on 012 345 678 for cheap rice.");
        assertThat(reader.locator(".comment.comment-pending")).hasCount(1);
        screenshot(reader, "notifications-01-comment");
        assertThat(mails()).isEmpty();

        Page dara = anotherPerson(1400, 1000, "en-US");
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        dara.navigate(url("/staff/moderation"));
        dara.locator("vaadin-grid.moderation-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Vanna")).first().click();
        Locator details = dara.locator(".comment-details");
        assertThat(details).containsText("Call me on");
        details.locator(".rejection-reason input").fill("Personal");
        dara.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Personal data")).click();
        screenshot(dara, "notifications-02-reason");
        details.locator("vaadin-button.decide-rejected-with-reason").click();
        assertThat(dara.locator(".moderation-count")).hasText("0 Pending");

        List<Map<String, Object>> queued = mails();
        assertThat(queued).hasSize(1);
        assertThat(queued.getFirst().get("to_address")).isEqualTo("vanna@example.org");
        assertThat((String) queued.getFirst().get("body")).contains("personal details").doesNotContain("012 345 678");

        dara.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("My notifications")).click();
        dara.locator(".digest-wanted input").check();
        assertThat(dara.locator(".digest-wanted input")).isChecked();
        dara.reload();
        assertThat(dara.locator(".digest-wanted input")).isChecked();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moderator_digest", Long.class)).isEqualTo(1);
    }

    private List<Map<String, Object>> mails() {
        data.awaitModuleListeners();
        return jdbc.queryForList("SELECT to_address, subject, body FROM outbox_mail ORDER BY id");
    }
}
