package org.sala.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentStatus;
import org.sala.comment.InvalidCommentException;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.comment.service.ThreadComment;
import org.sala.moderation.domain.CommentQueueFilter;
import org.sala.moderation.service.CommentRef;
import org.sala.moderation.service.DecisionEntry;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;
import org.sala.post.PostListService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ModerationServiceTest {

    private static final CommentQueueFilter PENDING = new CommentQueueFilter(CommentStatus.PENDING, null, null);

    @Autowired
    TestData data;

    @Autowired
    ModerationService moderation;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    CommentThreadService threads;

    @Autowired
    PostListService postLists;

    @Autowired
    JdbcTemplate jdbc;

    private long postId;

    @BeforeEach
    void reset() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        data.staff("kim", Role.MODERATOR);
        data.staff("admin", Role.ADMIN);
        data.staff("malee", Role.AUTHOR);
        postId = data.post("A post with answers", true);
    }

    @Test
    void theQueueListsPendingCommentsOldestFirstAndFilters() {
        long first = comment("Sokha", "First, about the seminar");
        long second = comment("Vanna", "Second, about the report");
        long other = submissions.submit(data.post("Another post", true), null, draft("Bopha", "Elsewhere"), reader());

        List<QueueItem> queue = asModerator(() -> moderation.queue(PENDING, 0, 10));
        assertThat(queue).extracting(QueueItem::id).containsExactly(first, second, other);
        assertThat(queue.getFirst().postTitle()).isEqualTo("A post with answers");
        assertThat(queue.getFirst().authorEmail()).isEqualTo("reader@example.org");
        assertThat(queue.getFirst().authorIp()).isEqualTo("198.51.100.4");

        assertThat(asModerator(() -> moderation.queue(PENDING, 1, 1))).extracting(QueueItem::id).containsExactly(second);
        assertThat(asModerator(() -> moderation.queue(new CommentQueueFilter(CommentStatus.PENDING, postId, null), 0, 10)))
                .extracting(QueueItem::id).containsExactly(first, second);
        assertThat(asModerator(() -> moderation.queue(new CommentQueueFilter(CommentStatus.PENDING, null, "report"), 0, 10)))
                .extracting(QueueItem::id).containsExactly(second);
        assertThat(asModerator(() -> moderation.queue(new CommentQueueFilter(CommentStatus.PENDING, null, "50%_\\"), 0, 10)))
                .isEmpty();
        assertThat(asModerator(() -> moderation.count(PENDING))).isEqualTo(3);
    }

    @Test
    void approvingShowsTheCommentToEveryoneAndCountsIt() {
        long id = comment("Sokha", "Approve me");

        DecisionResult result = asModerator(() -> moderation.approve(List.of(ref(id))));

        assertThat(result.applied()).containsExactly(id);
        assertThat(result.hasConflicts()).isFalse();
        assertThat(threads.page(postId, "", null, 10).comments()).extracting(ThreadComment::id).containsExactly(id);
        assertThat(commentCount()).isEqualTo(1);

        asModerator(() -> moderation.reject(List.of(ref(id))));
        assertThat(threads.page(postId, "", null, 10).comments()).isEmpty();
        assertThat(commentCount()).isZero();
    }

    @Test
    void bulkDecisionsApplyToEverySelectedComment() {
        long a = comment("A", "one");
        long b = comment("B", "two");
        long c = comment("C", "three");
        long keep = comment("D", "four");

        DecisionResult approved = asModerator(() -> moderation.approve(List.of(ref(a), ref(b), ref(c))));
        assertThat(approved.applied()).containsExactlyInAnyOrder(a, b, c);
        assertThat(commentCount()).isEqualTo(3);

        DecisionResult spam = asModerator(() -> moderation.markSpam(List.of(ref(b), ref(c))));
        assertThat(spam.applied()).containsExactlyInAnyOrder(b, c);
        assertThat(commentCount()).isEqualTo(1);
        // Decided comments are listed newest first; only the waiting ones oldest first.
        assertThat(asModerator(() -> moderation.queue(new CommentQueueFilter(CommentStatus.SPAM, null, null), 0, 10)))
                .extracting(QueueItem::id).containsExactly(c, b);
        assertThat(asModerator(() -> moderation.queue(PENDING, 0, 10))).extracting(QueueItem::id).containsExactly(keep);
    }

    @Test
    void aDecisionOnAStaleViewIsNotAppliedButReported() {
        long id = comment("Sokha", "Decide me");
        CommentRef seenByBoth = ref(id);

        asModerator("dara", () -> moderation.approve(List.of(seenByBoth)));
        DecisionResult late = asModerator("kim", () -> moderation.reject(List.of(seenByBoth)));

        assertThat(late.applied()).isEmpty();
        assertThat(late.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.currentStatus()).isEqualTo(CommentStatus.APPROVED);
            assertThat(conflict.decidedBy()).isEqualTo("Dara");
        });
        assertThat(asModerator(() -> moderation.item(id)).orElseThrow().status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(commentCount()).isEqualTo(1);
    }

    @Test
    void twoModeratorsDecidingAtOnceApplyExactlyOneDecision() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = comment("Sokha", "Race " + round);
            CommentRef seenByBoth = ref(id);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<DecisionResult> dara = pool.submit(racing(start, "dara",
                        () -> moderation.approve(List.of(seenByBoth))));
                Future<DecisionResult> kim = pool.submit(racing(start, "kim",
                        () -> moderation.markSpam(List.of(seenByBoth))));
                start.countDown();
                DecisionResult first = dara.get(30, TimeUnit.SECONDS);
                DecisionResult second = kim.get(30, TimeUnit.SECONDS);

                assertThat(first.applied().size() + second.applied().size()).isEqualTo(1);
                assertThat(first.conflicts().size() + second.conflicts().size()).isEqualTo(1);
                assertThat(asModerator(() -> moderation.history(id))).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
        long approved = jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE status = 'APPROVED'", Long.class);
        assertThat(commentCount()).isEqualTo(approved);
    }

    @Test
    void twoModeratorsWorkingThroughTheSame500CommentsLeaveEachInExactlyOneState() throws Exception {
        for (int i = 0; i < 500; i++) {
            comment("Reader " + i, "Comment number " + i);
        }
        // Each takes the queue as they saw it, in pages of 50 as the view shows it: Dara approves
        // from the oldest, Kim rejects from the newest, both at once.
        List<QueueItem> seen = asModerator(() -> moderation.queue(CommentQueueFilter.pending(), 0, 500));
        assertThat(seen).hasSize(500);
        List<List<CommentRef>> pages = new java.util.ArrayList<>();
        for (int from = 0; from < 500; from += 50) {
            pages.add(seen.subList(from, from + 50).stream().map(QueueItem::ref).toList());
        }
        List<List<CommentRef>> reversed = pages.reversed();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<DecisionResult>> dara = pool.submit(racing(start, "dara",
                    () -> pages.stream().map(page -> moderation.approve(page)).toList()));
            Future<List<DecisionResult>> kim = pool.submit(racing(start, "kim",
                    () -> reversed.stream().map(page -> moderation.reject(page)).toList()));
            start.countDown();
            List<DecisionResult> results = new java.util.ArrayList<>(dara.get(120, TimeUnit.SECONDS));
            results.addAll(kim.get(120, TimeUnit.SECONDS));

            assertThat(results.stream().mapToInt(result -> result.applied().size()).sum()).isEqualTo(500);
            assertThat(results.stream().mapToInt(result -> result.conflicts().size()).sum()).isEqualTo(500);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE status IN ('APPROVED', 'REJECTED')", Long.class))
                .isEqualTo(500);
        assertThat(jdbc.queryForList("""
                SELECT c.id FROM comment c LEFT JOIN comment_decision d ON d.comment_id = c.id
                GROUP BY c.id HAVING COUNT(d.id) <> 1""", Long.class)).as("comments without exactly one decision").isEmpty();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM comment c JOIN comment_decision d ON d.comment_id = c.id
                WHERE d.to_status <> c.status""", Long.class)).as("decisions that are not the final state").isZero();
        long approved = jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE status = 'APPROVED'", Long.class);
        assertThat(commentCount()).isEqualTo(approved);
    }

    @Test
    void everyDecisionIsRecordedWithWhoWhenAndFromWhatToWhat() {
        long id = comment("Sokha", "Keep a record");

        asModerator("dara", () -> moderation.reject(List.of(ref(id))));
        asModerator("kim", () -> moderation.approve(List.of(ref(id))));

        List<DecisionEntry> history = asModerator(() -> moderation.history(id));
        assertThat(history).extracting(DecisionEntry::moderatorName, DecisionEntry::from, DecisionEntry::to)
                .containsExactly(
                        tuple("Dara", CommentStatus.PENDING, CommentStatus.REJECTED),
                        tuple("Kim", CommentStatus.REJECTED, CommentStatus.APPROVED));
        assertThat(history).allSatisfy(entry -> assertThat(entry.decidedAt()).isNotNull());
        assertThat(history.get(0).decidedAt()).isBeforeOrEqualTo(history.get(1).decidedAt());
    }

    @Test
    void editingBeforeApprovingSanitisesTheNewText() {
        long id = comment("Sokha", "Typo'd text");

        asModerator(() -> moderation.editAndApprove(ref(id), "Fixed *text* <script>alert(1)</script>"));

        QueueItem item = asModerator(() -> moderation.item(id)).orElseThrow();
        assertThat(item.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(item.bodyRaw()).isEqualTo("Fixed *text* <script>alert(1)</script>");
        assertThat(item.bodyHtml()).contains("<em>text</em>").doesNotContain("script");
        assertThat(asModerator(() -> moderation.history(id))).singleElement()
                .satisfies(entry -> assertThat(entry.bodyEdited()).isTrue())
                .satisfies(entry -> assertThat(entry.textBefore()).as("the history keeps the text it replaced")
                        .isEqualTo("Typo'd text"));
        assertThatThrownBy(() -> asModerator(() -> moderation.editAndApprove(ref(id), "  ")))
                .isInstanceOf(InvalidCommentException.class);
    }

    @Test
    void aReplyFromTheQueueIsPublishedAtOnceAndApprovesWhatItAnswers() {
        long id = comment("Sokha", "A question for the team");

        DecisionResult result = asModerator(() -> moderation.reply(ref(id), "Thank you, we will answer **soon**."));

        assertThat(result.applied()).hasSize(2).contains(id);
        List<ThreadComment> thread = threads.page(postId, "", null, 10).comments();
        assertThat(thread).extracting(ThreadComment::authorName).containsExactly("Sokha", "Dara");
        assertThat(thread.get(1).byStaff()).isTrue();
        assertThat(thread.get(1).parentId()).isEqualTo(id);
        assertThat(thread.get(1).bodyHtml()).contains("<strong>soon</strong>");
        assertThat(commentCount()).isEqualTo(2);
    }

    @Test
    void onlyModeratorsAndAdminsMayModerate() {
        assertThatThrownBy(() -> moderation.queue(PENDING, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        long id = comment("Sokha", "Not for authors");
        assertThatThrownBy(() -> data.asStaff("malee", Role.AUTHOR,
                () -> moderation.approve(List.of(new CommentRef(id, 0)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.asStaff("admin", Role.ADMIN, () -> moderation.count(PENDING))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, id)).isEqualTo("PENDING");
    }

    private long comment(String name, String body) {
        return submissions.submit(postId, null, draft(name, body), reader());
    }

    private CommentRef ref(long id) {
        return asModerator(() -> moderation.item(id)).orElseThrow().ref();
    }

    private int commentCount() {
        return postLists.summaries(List.of(postId)).getFirst().commentCount();
    }

    private <T> T asModerator(Supplier<T> work) {
        return asModerator("dara", work);
    }

    private <T> T asModerator(String username, Supplier<T> work) {
        return data.asStaff(username, Role.MODERATOR, work);
    }

    private <T> Callable<T> racing(CountDownLatch start, String username, Supplier<T> work) {
        return () -> {
            start.await();
            return asModerator(username, work);
        };
    }

    private static ReaderContext reader() {
        return new ReaderContext("198.51.100.4", ReaderTokens.newToken());
    }

    private static CommentDraft draft(String name, String body) {
        return new CommentDraft(name, "reader@example.org", "", body);
    }
}
