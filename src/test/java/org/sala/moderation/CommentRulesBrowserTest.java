package org.sala.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.Comment;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentStatus;
import org.sala.comment.domain.CommentRepository;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.ModerationService;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A moderator sets the rules, sees which rule held a comment, blocks the commenter and unblocks them: in Chromium. */
@IntegrationTest
class CommentRulesBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    CommentRepository comments;

    @Autowired
    ModerationService moderation;

    private long postId;
    private String postPath;

    @BeforeEach
    void aPostAndAModerator() {
        data.reset();
        data.staff("noor", Role.MODERATOR);
        postId = data.post("Working abroad safely", true);
        postPath = "/" + data.address(postId).path();
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

    @Test
    void blockingDefaultsToTheEmailAndSaysBeforehandHowManyWaitingCommentsBecomeSpam() {
        Comment opened = submit("Chan", "chan@example.org", "192.0.2.10", "Is the ferry to Don Det running?");
        Comment fromElsewhere = submit("Chan", "chan@example.org", "192.0.2.20", "Anyone? The ferry?");
        Comment approved = submit("Chan", "chan@example.org", "192.0.2.10", "Thanks for the river report.");
        data.approve(approved.getId());
        Comment sameCafe = submit("Dara", "dara@example.org", "192.0.2.10", "The ferry runs at seven.");
        Comment sameCafeToo = submit("Sok", "sok@example.org", "192.0.2.10", "And at noon on Sundays.");
        Comment elsewhere = submit("Mali", "mali@example.org", "198.51.100.4", "Is the road open?");

        Page noor = newPage();
        signIn(noor, "noor", TestData.STAFF_PASSWORD);
        noor.navigate(url("/staff/moderation"));
        assertThat(noor.locator(".moderation-count")).hasText("5 Pending");
        openInQueue(noor, "Don Det");
        noor.locator(".comment-details vaadin-button.sender-block-open").click();
        Locator dialog = noor.locator("vaadin-confirm-dialog.block-dialog");
        assertThat(dialog).containsText("chan@example.org");
        assertThat(dialog).containsText("192.0.2.10");

        // The email only: an address may be shared by a whole café, or a whole carrier's customers.
        assertThat(noor.locator("vaadin-checkbox.block-email input")).isChecked();
        assertThat(noor.locator("vaadin-checkbox.block-ip input")).not().isChecked();
        assertThat(noor.locator(".block-email-waiting")).hasText("2 waiting comments from this email");
        assertThat(noor.locator(".block-ip-waiting")).hasText("3 waiting comments from this address");
        assertThat(noor.locator(".block-total")).hasText("2 comments will be marked as spam.");
        noor.locator("vaadin-checkbox.block-ip").click();
        assertThat(noor.locator(".block-total")).hasText("4 comments will be marked as spam.");
        screenshot(noor, "rules-04-block-counts");
        noor.locator("vaadin-checkbox.block-email").click();
        assertThat(noor.locator(".block-total")).hasText("3 comments will be marked as spam.");
        noor.locator("vaadin-checkbox.block-email").click();
        noor.locator("vaadin-checkbox.block-ip").click();
        assertThat(noor.locator(".block-total")).hasText("2 comments will be marked as spam.");
        confirmButton(noor).click();

        assertThat(noor.locator(".moderation-count")).hasText("3 Pending");
        assertThat(List.of(opened, fromElsewhere, approved, sameCafe, sameCafeToo, elsewhere))
                .extracting(comment -> comments.findById(comment.getId()).orElseThrow().getStatus())
                .containsExactly(CommentStatus.SPAM, CommentStatus.SPAM, CommentStatus.APPROVED, CommentStatus.PENDING,
                        CommentStatus.PENDING, CommentStatus.PENDING);
        assertThat(data.asStaff("noor", Role.MODERATOR, () -> moderation.blocked(sameCafe.getId())).any()).isFalse();
        assertThat(alertsIn(noor)).isEmpty();
    }

    private Comment submit(String name, String email, String ip, String body) {
        long id = submissions.submit(postId, null, new CommentDraft(name, email, "", body),
                new ReaderContext(ip, ReaderTokens.newToken()));
        return comments.findById(id).orElseThrow();
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
