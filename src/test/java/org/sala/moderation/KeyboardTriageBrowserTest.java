package org.sala.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import org.sala.support.TestData;
import org.sala.support.TomcatSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A moderator works the queue from the keyboard in Chromium: the first comment is the current one
 * as the queue opens, each decision moves on to the next, and typing in a filter decides nothing.
 */
@IntegrationTest
class KeyboardTriageBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private long postId;

    @BeforeEach
    void aModeratorAndAPost() {
        TomcatSessions.of(context).all().forEach(Session::expire);
        data.reset();
        data.staff("dara", Role.MODERATOR);
        postId = data.post("What the keys are for", true);
    }

    @Test
    void approvingTenCommentsOneByOneTakesTenKeys() {
        for (int i = 1; i <= 10; i++) {
            comment("Reader " + i, "Comment number " + i + " ស្វាគមន៍ 🙏");
        }
        Page dara = openQueue();
        assertThat(dara.locator(".moderation-count")).hasText("10 Pending");

        int keys = 0;
        for (int left = 9; left >= 0; left--) {
            dara.keyboard().press("a");
            keys++;
            assertThat(dara.locator(".moderation-count")).hasText(left + " Pending");
        }

        assertThat(keys).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE post_id = ? AND status = 'APPROVED'",
                Integer.class, postId)).isEqualTo(10);
    }

    @Test
    void keysMoveSelectDecideAndListThemselvesButNotWhileTyping() {
        comment("Sokha", "The first one.");
        comment("Lina", "The second one.");
        comment("Vannak", "The third one.");
        Page dara = openQueue();
        Locator heading = dara.locator(".comment-details h2");

        dara.keyboard().press("j");
        assertThat(heading).containsText("Lina");
        dara.keyboard().press("ArrowDown");
        assertThat(heading).containsText("Vannak");
        dara.keyboard().press("k");
        dara.keyboard().press("k");
        assertThat(heading).containsText("Sokha");

        dara.keyboard().press("x");
        assertThat(dara.getByText("1 selected")).isVisible();
        dara.keyboard().press("x");
        assertThat(dara.getByText("0 selected")).isVisible();

        dara.keyboard().press("s");
        assertThat(dara.locator(".moderation-count")).hasText("2 Pending");
        assertThat(heading).containsText("Lina");
        assertThat(status("Sokha")).isEqualTo("SPAM");
        dara.keyboard().press("r");
        assertThat(dara.locator("vaadin-dialog.reject-dialog")).containsText("Reject Lina’s comment");
        assertThat(dara.locator("vaadin-button.reject-choice").first()).isFocused();
        dara.keyboard().press("0");
        assertThat(dara.locator(".moderation-count")).hasText("1 Pending");
        assertThat(status("Lina")).isEqualTo("REJECTED");
        assertThat(heading).containsText("Vannak");

        dara.keyboard().press("?");
        Locator help = dara.locator("vaadin-dialog.queue-keys-help");
        assertThat(dara.getByText("Keys in the queue")).isVisible();
        assertThat(help).containsText("approve, then on to the next");
        screenshot(dara, "moderation-keys");
        dara.keyboard().press("Escape");
        assertThat(help).isHidden();

        // letters typed into the text filter are text, not decisions
        dara.locator(".moderation-filters vaadin-text-field input").fill("sara");
        dara.locator(".moderation-filters vaadin-text-field input").press("a");
        assertThat(dara.locator(".moderation-count")).hasText("0 Pending");
        assertThat(status("Vannak")).isEqualTo("PENDING");
    }

    @Test
    void aClickedRowIsTheOneTheKeysDecideAndUndoBringsItBack() {
        comment("Sokha", "The first one.");
        comment("Lina", "The second one.");
        comment("Vannak", "The third one.");
        Page dara = openQueue();
        Locator heading = dara.locator(".comment-details h2");

        dara.locator("vaadin-grid.moderation-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("The second one.")).click();
        assertThat(heading).containsText("Lina");
        dara.keyboard().press("a");
        assertThat(dara.locator(".moderation-count")).hasText("2 Pending");
        assertThat(status("Lina")).isEqualTo("APPROVED");
        assertThat(status("Sokha")).isEqualTo("PENDING");
        assertThat(heading).containsText("Vannak");

        dara.keyboard().press("u");
        assertThat(dara.locator(".moderation-count")).hasText("3 Pending");
        assertThat(status("Lina")).isEqualTo("PENDING");
        assertThat(heading).containsText("Lina");
        assertThat(dara.locator(".comment-history")).containsText("undid that");
        dara.waitForCondition(() -> currentRowText(dara).contains("The second one."));

        // the notification's button undoes a decision made with the mouse, bulk ones too
        dara.keyboard().press("x");
        dara.keyboard().press("j");
        dara.keyboard().press("x");
        dara.locator("vaadin-button.moderation-spam-selected").click();
        assertThat(dara.locator(".moderation-count")).hasText("1 Pending");
        screenshot(dara, "moderation-undo-offer");
        dara.locator("vaadin-notification-card.moderation-undo-offer vaadin-button.moderation-undo").click();
        assertThat(dara.locator(".moderation-count")).hasText("3 Pending");
        assertThat(status("Lina")).isEqualTo("PENDING");
        assertThat(status("Vannak")).isEqualTo("PENDING");

        // e puts the cursor in the text: letters typed there are text
        dara.locator("sala-queue-keys").focus();
        dara.keyboard().press("e");
        assertThat(dara.locator(".comment-details vaadin-text-area.comment-edit textarea")).isFocused();
        dara.keyboard().type(" as");
        assertThat(dara.locator(".moderation-count")).hasText("3 Pending");
    }

    @Test
    void eightCommentsAreReadableAt1280x900WithoutOpeningThem() {
        String longText = "A long comment about working abroad, the agency that promised a job and what happened at "
                + "the border, told in enough words to need more than one line in the queue. ";
        for (int i = 1; i <= 12; i++) {
            comment("Reader " + i, i + ". " + longText.repeat(3));
        }
        Page dara = openQueue();
        assertThat(dara.locator(".moderation-count")).hasText("12 Pending");

        Object fullyVisible = dara.locator("vaadin-grid.moderation-grid").evaluate("""
                grid => {
                  const body = grid.shadowRoot.querySelector('#items').getBoundingClientRect();
                  const bottom = Math.min(grid.getBoundingClientRect().bottom, window.innerHeight);
                  return [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(row => !row.hidden && row.getBoundingClientRect().height > 0)
                    .filter(row => { const r = row.getBoundingClientRect(); return r.top >= body.top - 1 && r.bottom <= bottom + 1; })
                    .length;
                }""");
        assertThat(((Number) fullyVisible).intValue()).isGreaterThanOrEqualTo(8);
        // each shows three lines of its text, with the commenter, age, post and rule beside them
        Locator text = dara.locator("vaadin-grid.moderation-grid .queue-text").first();
        double lines = ((Number) text.evaluate(
                "t => t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight)")).doubleValue();
        assertThat(lines).isBetween(2.9, 3.1);
        Locator meta = dara.locator("vaadin-grid.moderation-grid .queue-meta").first();
        assertThat(meta).containsText("Reader 1");
        assertThat(meta).containsText("What the keys are for");
        assertThat(meta).containsText("Every comment is held");
        assertThat(meta).containsText("just now");
        screenshot(dara, "moderation-compact-queue");
    }

    private Page openQueue() {
        Page dara = newPage(1280, 900, "en-US");
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        assertThat(dara).hasURL(Pattern.compile(".*/staff/moderation$"));
        assertThat(current(dara).first()).isVisible();
        // the queue has the focus as it opens: no click needed before the first key
        assertThat(dara.locator("sala-queue-keys.moderation-queue")).isFocused();
        return dara;
    }

    /** The cells of the row the keys act on. */
    private static Locator current(Page page) {
        return page.locator("vaadin-grid.moderation-grid td[part~='queue-current']");
    }

    /** The text of the current row's cells (they are slotted into the grid's cells). */
    private static String currentRowText(Page page) {
        return (String) current(page).locator("slot").evaluateAll(
                "slots => slots.map(slot => slot.assignedElements().map(e => e.textContent).join('')).join(' ')");
    }

    private void comment(String name, String body) {
        submissions.submit(postId, null, new CommentDraft(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org",
                "", body), new ReaderContext("198.51.100.7", ReaderTokens.newToken()));
    }

    private String status(String name) {
        return jdbc.queryForObject("SELECT status FROM comment WHERE post_id = ? AND author_name = ?", String.class,
                postId, name);
    }
}
