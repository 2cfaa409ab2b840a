package org.sala.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.domain.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A moderator sets the rules, sees which rule held a comment, blocks the commenter and unblocks them: in Chromium. */
@IntegrationTest
class CommentRulesBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    private String postPath;

    @BeforeEach
    void aPostAndAModerator() {
        data.reset();
        data.staff("noor", Role.MODERATOR);
        postPath = data.postPath("Working abroad safely", true);
    }

    @Test
    void rulesSetInTheSettingsViewApplyToTheNextCommentAndTheQueueSaysWhich() {
        Page noor = newPage();
        signIn(noor, "noor", TestData.STAFF_PASSWORD);
        noor.navigate(url("/staff/moderation/rules"));
        noor.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Publish at once")).click();
        Locator maxLinks = noor.locator(".rules-max-links input");
        maxLinks.fill("101");
        noor.locator("vaadin-button.rules-save").click();
        assertThat(noor.locator(".rules-max-links")).hasAttribute("invalid", "");
        assertThat(noor.locator(".rules-max-links")).containsText("A number from 0 to 100");
        maxLinks.fill("1");
        noor.locator("vaadin-button.rules-save").click();
        assertThat(noor.locator("vaadin-notification-card")).containsText("Saved");
        assertThat(noor.locator(".rules-last-change")).containsText("Noor");

        noor.locator("vaadin-select.rules-kind").click();
        noor.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Watched words")).click();
        noor.locator(".rules-lines textarea").fill("Urgent   Transfer\nx");
        noor.locator("vaadin-button.rules-add").click();
        assertThat(noor.locator(".rules-grid")).containsText("urgent transfer");
        // The line that is not valid stays in the box, with the reason beside it.
        assertThat(noor.locator(".rules-lines textarea")).hasValue("x");
        assertThat(noor.locator(".rules-lines")).containsText("Not valid here");
        screenshot(noor, "rules-01-settings");

        Page reader = anotherPerson();
        reader.navigate(url(postPath));
        sendComment(reader, "Chan 🙂", "chan@example.org", "Is this an URGENT transfer offer real? ចម្លើយ");
        assertThat(reader.locator(".comment.comment-pending")).hasCount(1);

        noor.navigate(url("/staff/moderation"));
        Locator row = noor.locator("vaadin-grid.moderation-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Watched word"));
        assertThat(row).hasCount(1);
        openInQueue(noor, "URGENT transfer");
        assertThat(noor.locator(".comment-details .comment-rule")).hasText("Rule: Watched word (urgent transfer)");

        noor.locator(".comment-details vaadin-button.sender-block-open").click();
        Locator dialog = noor.locator("vaadin-confirm-dialog.block-dialog");
        assertThat(dialog).containsText("chan@example.org");
        noor.locator("vaadin-checkbox.block-ip").click();
        noor.locator("vaadin-checkbox.block-email").click();
        confirmButton(noor).click();
        // Nothing ticked: the dialog stays and says what to do.
        assertThat(noor.locator(".block-pick-one")).isVisible();
        noor.locator("vaadin-checkbox.block-email").click();
        screenshot(noor, "rules-02-block-dialog");
        confirmButton(noor).click();
        assertThat(noor.locator(".moderation-count")).hasText("0 Pending");

        sendComment(reader, "Chan", "chan@example.org", "Why was my question not published?");
        // The blocked commenter learns nothing: their comment looks like any other waiting one.
        assertThat(reader.locator(".comment.comment-pending")).hasCount(2);

        noor.locator("vaadin-select").first().click();
        noor.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Spam")).click();
        assertThat(noor.locator(".moderation-count")).hasText("2 Spam");
        assertThat(noor.locator("vaadin-grid.moderation-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Blocked email"))).hasCount(1);
        openInQueue(noor, "not published");
        assertThat(noor.locator(".comment-details .sender-blocked")).hasText("Blocked: email");
        screenshot(noor, "rules-03-blocked-commenter");
        noor.locator(".comment-details vaadin-button.sender-unblock").click();
        assertThat(noor.locator(".comment-details vaadin-button.sender-block-open")).isVisible();

        sendComment(reader, "Chan", "chan@example.org", "Trying once more, politely.");
        noor.locator("vaadin-select").first().click();
        noor.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Pending")).click();
        assertThat(noor.locator(".moderation-count")).hasText("1 Pending");
        for (Page page : new Page[] {noor, reader}) {
            assertThat(alertsIn(page)).isEmpty();
        }
    }

    private static Locator confirmButton(Page page) {
        return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Block and mark as spam"));
    }

    private static void openInQueue(Page moderator, String text) {
        moderator.locator("vaadin-grid.moderation-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text)).first().click();
        assertThat(moderator.locator(".comment-details")).containsText(text);
    }
}
