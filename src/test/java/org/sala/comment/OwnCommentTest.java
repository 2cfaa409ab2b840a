package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.OwnCommentGoneException;
import org.sala.comment.service.OwnCommentService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.comment.service.ThreadComment;
import org.sala.moderation.ReportReason;
import org.sala.moderation.service.CommentReportService;
import org.sala.moderation.service.DecisionEntry;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;
import org.sala.moderation.service.Reporter;
import org.sala.post.PostListService;
import org.sala.support.IntegrationTest;
import org.sala.support.ShiftedClock;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A commenter's own changes on MariaDB, from the browser that sent the comment and within the
 * edit window: an edit of a published comment sends it back to the queue and its history keeps
 * both texts; a deletion takes it off the page for good; anyone else, or later, changes nothing.
 */
@IntegrationTest
class OwnCommentTest {

    @Autowired
    TestData data;
    @Autowired
    OwnCommentService own;
    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    CommentThreadService threads;
    @Autowired
    ModerationService moderation;
    @Autowired
    CommentReportService reports;
    @Autowired
    WaitingReaders waitingReaders;
    @Autowired
    PostListService posts;
    @Autowired
    ShiftedClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private long postId;
    private final String browser = ReaderTokens.newToken();

    @BeforeEach
    void aPost() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        postId = data.post("Edits and second thoughts", true);
    }

    @AfterEach
    void clockBack() {
        clock.putBack();
    }

    @Test
    void anEditOfAPublishedCommentSendsItBackToTheQueueAndTheHistoryKeepsBothTexts() {
        long id = comment("Frist thought, with a typo");
        data.approve(id);
        assertThat(commentCount()).isEqualTo(1);
        assertThat(threads.page(postId, "", browser, 10).comments()).singleElement()
                .satisfies(shown -> assertThat(shown.editableUntil()).as("its commenter may still change it").isNotNull());
        assertThat(threads.page(postId, "", ReaderTokens.newToken(), 10).comments()).singleElement()
                .satisfies(shown -> assertThat(shown.editableUntil()).as("nobody else may").isNull());

        assertThat(own.edit(id, browser, "First thought, mended 🙂 ខ្មែរ")).isEqualTo(OwnCommentService.EditOutcome.BACK_TO_QUEUE);

        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(commentCount()).as("off the page until a moderator reads it again").isZero();
        QueueItem item = as(() -> moderation.item(id)).orElseThrow();
        assertThat(item.bodyRaw()).isEqualTo("First thought, mended 🙂 ខ្មែរ");
        assertThat(item.rule()).isEqualTo(CommentRule.EDITED);
        assertThat(as(() -> moderation.history(id)).getLast())
                .extracting(DecisionEntry::moderatorName, DecisionEntry::from, DecisionEntry::to, DecisionEntry::textBefore)
                .containsExactly(DecisionEntry.COMMENTER, CommentStatus.APPROVED, CommentStatus.PENDING,
                        "Frist thought, with a typo");
        ThreadComment shownToTheCommenter = threads.page(postId, "", browser, 10).comments().getFirst();
        assertThat(shownToTheCommenter.pending()).isTrue();
        assertThat(shownToTheCommenter.bodyHtml()).contains("mended 🙂 ខ្មែរ");
        assertThat(threads.page(postId, "", null, 10).comments()).as("others no longer see it").isEmpty();

        as(() -> moderation.approve(List.of(item.ref())));
        assertThat(commentCount()).isEqualTo(1);

        assertThat(own.edit(id, browser, "First thought, mended 🙂 ខ្មែរ")).as("the same text changes nothing")
                .isEqualTo(OwnCommentService.EditOutcome.UNCHANGED);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void aWaitingCommentKeepsWaitingAndABadTextChangesNothing() {
        long id = comment("Waiting, and about to change");

        assertThatThrownBy(() -> own.edit(id, browser, "   "))
                .isInstanceOfSatisfying(InvalidCommentException.class,
                        invalid -> assertThat(invalid.problems()).containsEntry("body", "comment.error.body.required"));
        assertThat(own.find(id, browser)).get().extracting(OwnCommentService.OwnComment::text)
                .isEqualTo("Waiting, and about to change");

        assertThat(own.edit(id, browser, "Waiting, and changed")).isEqualTo(OwnCommentService.EditOutcome.STILL_WAITING);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(as(() -> moderation.history(id))).singleElement()
                .satisfies(entry -> assertThat(entry.byCommenter() && entry.bodyEdited()).isTrue());
    }

    @Test
    void onlyTheSendingBrowserWithinTheWindowMayChangeIt() {
        long id = comment("Mine to change for ten minutes");
        data.approve(id);

        assertThatThrownBy(() -> own.edit(id, ReaderTokens.newToken(), "Someone else's words"))
                .isInstanceOf(OwnCommentGoneException.class);
        assertThatThrownBy(() -> own.delete(id, null)).isInstanceOf(OwnCommentGoneException.class);
        assertThat(waitingReaders.hasCommentsWaiting(browser)).as("its commenter gets live pages to change it").isTrue();

        clock.moveAhead(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(own.find(id, browser)).isEmpty();
        assertThatThrownBy(() -> own.edit(id, browser, "Too late now")).isInstanceOf(OwnCommentGoneException.class);
        assertThatThrownBy(() -> own.delete(id, browser)).isInstanceOf(OwnCommentGoneException.class);
        assertThat(threads.page(postId, "", browser, 10).comments().getFirst().editableUntil()).isNull();
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(body(id)).isEqualTo("Mine to change for ten minutes");
    }

    @Test
    void aRejectedCommentCannotBeChanged() {
        long id = comment("Rejected before I could change it");
        data.decide(id, CommentStatus.REJECTED);

        assertThatThrownBy(() -> own.edit(id, browser, "Let me try again")).isInstanceOf(OwnCommentGoneException.class);
        assertThat(status(id)).isEqualTo("REJECTED");
    }

    @Test
    void aDeletedCommentLeavesThePageForGoodAndItsReportsAreClosed() {
        long id = comment("Said in haste");
        data.approve(id);
        reports.report(id, ReportReason.ABUSE, null, new Reporter("203.0.113.5", ReaderTokens.newToken()));
        QueueItem seen = as(() -> moderation.item(id)).orElseThrow();

        own.delete(id, browser);

        assertThat(status(id)).isEqualTo("DELETED");
        assertThat(commentCount()).isZero();
        assertThat(threads.page(postId, "", browser, 10).comments()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment_report WHERE comment_id = ? AND resolved_at IS NULL",
                Integer.class, id)).isZero();
        assertThat(as(() -> moderation.history(id)).getLast())
                .extracting(DecisionEntry::moderatorName, DecisionEntry::from, DecisionEntry::to, DecisionEntry::bodyEdited)
                .containsExactly(DecisionEntry.COMMENTER, CommentStatus.APPROVED, CommentStatus.DELETED, false);
        QueueItem now = as(() -> moderation.item(id)).orElseThrow();
        DecisionResult approved = as(() -> moderation.approve(List.of(now.ref())));
        assertThat(approved.applied()).as("nobody publishes what its commenter deleted").isEmpty();
        assertThat(approved.conflicts()).singleElement()
                .satisfies(conflict -> assertThat(conflict.decidedBy()).isEqualTo(DecisionEntry.COMMENTER));
        assertThat(as(() -> moderation.approve(List.of(seen.ref()))).applied()).isEmpty();
        assertThat(status(id)).isEqualTo("DELETED");
    }

    @Test
    void aCommentMarkedAsSpamStaysSpamWhenItsCommenterDeletesIt() {
        long id = comment("Buy cheap watches now");
        data.decide(id, CommentStatus.SPAM);
        assertThat(threads.page(postId, "", browser, 10).comments()).as("spam shows as waiting to its sender")
                .singleElement().satisfies(shown -> assertThat(shown.pending()).isTrue());

        own.delete(id, browser);

        assertThat(status(id)).isEqualTo("SPAM");
        assertThat(threads.page(postId, "", browser, 10).comments()).isEmpty();
    }

    private long comment(String body) {
        return submissions.submit(postId, null, new CommentDraft("Reader", "reader@example.org", "", body),
                new ReaderContext("198.51.100.9", browser));
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, id);
    }

    private String body(long id) {
        return jdbc.queryForObject("SELECT body_raw FROM comment WHERE id = ?", String.class, id);
    }

    private int commentCount() {
        return posts.summaries(List.of(postId)).getFirst().commentCount();
    }

    private <T> T as(Supplier<T> work) {
        return data.asStaff("dara", Role.MODERATOR, work);
    }
}
