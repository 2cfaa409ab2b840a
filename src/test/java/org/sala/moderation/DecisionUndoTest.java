package org.sala.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentStatus;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.CommentRef;
import org.sala.moderation.service.DecisionEntry;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.RejectionReasonService;
import org.sala.moderation.service.ReasonTemplate;
import org.sala.moderation.service.UndoTooLateException;
import org.sala.post.PostListService;
import org.sala.support.IntegrationTest;
import org.sala.support.ShiftedClock;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Undo, on MariaDB: it restores what a decision changed (status, text, counts), records itself in
 * the history, withdraws the mail the decision queued, and is refused once another moderator has
 * decided the comment again, or once its time is over.
 */
@IntegrationTest
class DecisionUndoTest {

    @Autowired
    TestData data;
    @Autowired
    ModerationService moderation;
    @Autowired
    RejectionReasonService reasons;
    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    PostListService posts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShiftedClock clock;

    private long postId;

    @BeforeEach
    void twoModerators() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        data.staff("kim", Role.MODERATOR);
        data.staff("admin", Role.ADMIN);
        postId = data.post("Undo and its limits", true);
    }

    @AfterEach
    void clockBack() {
        clock.putBack();
    }

    @Test
    void undoingABulkApprovalPutsEveryCommentBackAndWithdrawsItsMail() {
        long first = comment("sokha@example.org", "First answer 🙏");
        long second = comment("lina@example.org", "Second answer ស្វាគមន៍");

        DecisionResult approved = as("dara", () -> moderation.approve(List.of(ref(first), ref(second))));
        assertThat(commentCount()).isEqualTo(2);
        assertThat(waitingMails()).containsExactlyInAnyOrder("comment-published:" + first, "comment-published:" + second);
        // the mails wait for the undo window before the sender may take them
        assertThat(jdbc.queryForObject("SELECT MIN(TIMESTAMPDIFF(SECOND, created_at, next_attempt_at)) FROM outbox_mail",
                Long.class)).isEqualTo(DecisionUndo.ACCEPTED.toSeconds());

        DecisionResult undone = as("dara", () -> moderation.undo(approved.undo()));

        assertThat(undone.applied()).containsExactlyInAnyOrder(first, second);
        assertThat(undone.hasConflicts()).isFalse();
        assertThat(undone.undo().isEmpty()).as("an undo is not undone again").isTrue();
        assertThat(status(first)).isEqualTo("PENDING");
        assertThat(status(second)).isEqualTo("PENDING");
        assertThat(commentCount()).isZero();
        assertThat(waitingMails()).isEmpty();
        assertThat(as("dara", () -> moderation.history(first))).extracting(DecisionEntry::moderatorName,
                DecisionEntry::from, DecisionEntry::to, DecisionEntry::undo).containsExactly(
                tuple("Dara", CommentStatus.PENDING, CommentStatus.APPROVED, false),
                tuple("Dara", CommentStatus.APPROVED, CommentStatus.PENDING, true));

        // approved again later, the commenter is told once
        as("kim", () -> moderation.approve(List.of(ref(first))));
        assertThat(waitingMails()).containsExactly("comment-published:" + first);
    }

    @Test
    void anotherModeratorsLaterDecisionWinsOverTheUndo() {
        long id = comment("sokha@example.org", "Decided twice");
        DecisionResult daraApproved = as("dara", () -> moderation.approve(List.of(ref(id))));
        as("kim", () -> moderation.markSpam(List.of(ref(id))));

        DecisionResult undo = as("dara", () -> moderation.undo(daraApproved.undo()));

        assertThat(undo.applied()).isEmpty();
        assertThat(undo.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.commentId()).isEqualTo(id);
            assertThat(conflict.currentStatus()).isEqualTo(CommentStatus.SPAM);
            assertThat(conflict.decidedBy()).isEqualTo("Kim");
        });
        assertThat(status(id)).isEqualTo("SPAM");
        assertThat(commentCount()).isZero();
        assertThat(as("dara", () -> moderation.history(id))).hasSize(2);
    }

    @Test
    void undoingAnEditBringsBackTheTextAndARejectionsReasonMailIsWithdrawn() {
        long edited = comment("sokha@example.org", "Call me on 081 234 5678");
        DecisionResult edit = as("dara", () -> moderation.editAndApprove(ref(edited), "Call me (number removed)"));
        as("dara", () -> moderation.undo(edit.undo()));
        assertThat(jdbc.queryForObject("SELECT body_raw FROM comment WHERE id = ?", String.class, edited))
                .isEqualTo("Call me on 081 234 5678");
        assertThat(status(edited)).isEqualTo("PENDING");
        assertThat(as("dara", () -> moderation.history(edited)).getLast())
                .satisfies(entry -> assertThat(entry.undo() && entry.bodyEdited()).isTrue());

        long rejected = comment("lina@example.org", "Off topic");
        ReasonTemplate reason = data.asStaff("admin", Role.ADMIN, () -> reasons.save(new ReasonTemplate(null, "Off topic", "Please keep to the post.", 1)));
        DecisionResult rejection = as("dara", () -> moderation.rejectWithReason(ref(rejected), reason.id()));
        assertThat(waitingMails()).contains("comment-rejected:" + rejected);
        as("dara", () -> moderation.undo(rejection.undo()));
        assertThat(waitingMails()).doesNotContain("comment-rejected:" + rejected);
        assertThat(status(rejected)).isEqualTo("PENDING");
    }

    @Test
    void aDecisionOlderThanTheWindowStands() {
        long id = comment("sokha@example.org", "Too late");
        DecisionResult approved = as("dara", () -> moderation.approve(List.of(ref(id))));
        clock.moveAhead(DecisionUndo.ACCEPTED.plus(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> as("dara", () -> moderation.undo(approved.undo())))
                .isInstanceOf(UndoTooLateException.class);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    private long comment(String email, String body) {
        CommentDraft draft = new CommentDraft("Reader", email, "", body);
        draft.setNotifyWhenPublished(true);
        return submissions.submit(postId, null, draft, new ReaderContext("198.51.100.9", ReaderTokens.newToken()));
    }

    private CommentRef ref(long id) {
        return as("dara", () -> moderation.item(id)).orElseThrow().ref();
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, id);
    }

    private int commentCount() {
        return posts.summaries(List.of(postId)).getFirst().commentCount();
    }

    private List<String> waitingMails() {
        data.awaitModuleListeners();
        return jdbc.queryForList("SELECT dedup_key FROM outbox_mail WHERE status = 'PENDING' ORDER BY id", String.class);
    }

    private <T> T as(String username, Supplier<T> work) {
        return data.asStaff(username, Role.MODERATOR, work);
    }
}
