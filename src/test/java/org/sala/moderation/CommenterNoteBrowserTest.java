package org.sala.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** A moderator writes a note on a commenter beside one comment; it shows beside all of theirs in the queue. */
@IntegrationTest
class CommenterNoteBrowserTest extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    CommentSubmissionService submissions;

    @BeforeEach
    void twoCommentsFromOnePerson() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        long postId = data.post("Who writes here", true);
        for (String body : new String[] {"First from Lina", "Second from Lina"}) {
            submissions.submit(postId, null, new CommentDraft("Lina", "lina@example.org", "", body),
                    new ReaderContext("198.51.100.31", ReaderTokens.newToken()));
        }
    }

    @Test
    void aNoteWrittenBesideOneCommentShowsBesideEveryCommentOfTheirs() {
        Page dara = newPage();
        signIn(dara, "dara", TestData.STAFF_PASSWORD);
        assertThat(dara).hasURL(Pattern.compile(".*/staff/moderation$"));
        dara.locator(".queue-text").first().click();
        dara.locator("vaadin-text-area.commenter-note-text textarea").fill("Runs a shelter in Mae Sot; trusted 🙏");
        dara.locator("vaadin-button.commenter-note-save").click();

        assertThat(dara.locator(".commenter-note-written")).containsText("Last written by Dara");
        assertThat(dara.locator(".queue-note:not([hidden])")).hasCount(2);
        assertThat(dara.locator(".queue-note").first()).hasText("✎ Runs a shelter in Mae Sot; trusted 🙏");
        screenshot(dara, "moderation-commenter-note");
    }
}
