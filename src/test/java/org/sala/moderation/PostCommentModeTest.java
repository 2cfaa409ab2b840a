package org.sala.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentStatus;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentsClosedException;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.domain.CommentQueueFilter;
import org.sala.moderation.service.DecisionEntry;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.PostCommentMode;
import org.sala.moderation.service.PostCommentModeService;
import org.sala.moderation.service.QueueItem;
import org.sala.post.PostListService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per-post moderation on MariaDB: a post's own mode wins over the site's (which holds every
 * comment here), the comment says which rule and whose setting placed it, "publish and review
 * after" lists comments until a moderator looks, and "closed" is the post's comments switch.
 */
@IntegrationTest
class PostCommentModeTest {

    private static final CommentQueueFilter TO_REVIEW = new CommentQueueFilter(CommentStatus.APPROVED, null, null,
            CommentQueueFilter.QueueList.TO_REVIEW);

    @Autowired
    TestData data;
    @Autowired
    PostCommentModeService modes;
    @Autowired
    ModerationService moderation;
    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    PostListService posts;
    @Autowired
    JdbcTemplate jdbc;

    private long postId;
    private long otherPostId;

    @BeforeEach
    void twoPosts() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        postId = data.post("A post with its own rules", true);
        otherPostId = data.post("A post with the site's rules", true);
    }

    @Test
    void publishAndReviewAfterPublishesAtOnceAndListsTheCommentUntilAModeratorLooks() {
        setMode(PostCommentMode.PUBLISH_AND_REVIEW);
        assertThat(as(() -> modes.mode(postId))).isEqualTo(PostCommentMode.PUBLISH_AND_REVIEW);

        long id = comment(postId, "sokha@example.org", "Published at once ✨ ខ្មែរ");
        long held = comment(otherPostId, "sokha@example.org", "The other post holds it");

        assertThat(statusAndRule(id)).containsExactly("APPROVED", "REVIEW_AFTER", "post");
        assertThat(statusAndRule(held)).containsExactly("PENDING", "HOLD_ALL", null);
        assertThat(posts.summaries(List.of(postId)).getFirst().commentCount()).isEqualTo(1);
        List<QueueItem> toReview = as(() -> moderation.queue(TO_REVIEW, 0, 10));
        assertThat(toReview).extracting(QueueItem::id).containsExactly(id);
        assertThat(as(() -> moderation.count(TO_REVIEW))).isEqualTo(1);

        as(() -> moderation.approve(List.of(toReview.getFirst().ref())));

        assertThat(as(() -> moderation.queue(TO_REVIEW, 0, 10))).isEmpty();
        assertThat(statusAndRule(id).getFirst()).isEqualTo("APPROVED");
        assertThat(as(() -> moderation.history(id))).extracting(DecisionEntry::moderatorName, DecisionEntry::from,
                DecisionEntry::to).containsExactly(org.assertj.core.groups.Tuple.tuple("Dara", CommentStatus.APPROVED,
                CommentStatus.APPROVED));
        assertThat(posts.summaries(List.of(postId)).getFirst().commentCount()).as("counted once").isEqualTo(1);
    }

    @Test
    void holdingFirstTimeCommentersOnlyPublishesThoseWithAnApprovedComment() {
        long first = comment(otherPostId, "lina@example.org", "My first comment here");
        data.approve(first);
        setMode(PostCommentMode.HOLD_FIRST_TIME);

        long known = comment(postId, "lina@example.org", "I have been here before");
        long newcomer = comment(postId, "new@example.org", "My first time");

        assertThat(statusAndRule(known)).containsExactly("APPROVED", "KNOWN_COMMENTER", "post");
        assertThat(statusAndRule(newcomer)).containsExactly("PENDING", "HOLD_ALL", "post");
    }

    @Test
    void closedIsThePostsCommentSwitchAndTheSiteDefaultTakesTheOwnSettingAway() {
        setMode(PostCommentMode.HOLD_FIRST_TIME);
        setMode(PostCommentMode.CLOSED);

        assertThat(jdbc.queryForObject("SELECT comments_open FROM post WHERE id = ?", Boolean.class, postId)).isFalse();
        assertThat(as(() -> modes.mode(postId))).isEqualTo(PostCommentMode.CLOSED);
        assertThatThrownBy(() -> comment(postId, "lina@example.org", "Too late"))
                .isInstanceOf(CommentsClosedException.class);

        setMode(PostCommentMode.SITE_DEFAULT);

        assertThat(as(() -> modes.mode(postId))).isEqualTo(PostCommentMode.SITE_DEFAULT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM post_comment_mode", Integer.class)).isZero();
        long id = comment(postId, "lina@example.org", "Open again");
        assertThat(statusAndRule(id)).containsExactly("PENDING", "HOLD_ALL", null);
    }

    private void setMode(PostCommentMode mode) {
        as(() -> {
            modes.change(postId, mode);
            return null;
        });
    }

    private long comment(long post, String email, String body) {
        return submissions.submit(post, null, new CommentDraft("Reader", email, "", body),
                new ReaderContext("198.51.100.20", ReaderTokens.newToken()));
    }

    private List<String> statusAndRule(long id) {
        return jdbc.queryForObject("SELECT status, rule, rule_note FROM comment WHERE id = ?",
                (row, n) -> java.util.Arrays.asList(row.getString(1), row.getString(2), row.getString(3)), id);
    }

    private <T> T as(Supplier<T> work) {
        return data.asStaff("dara", Role.MODERATOR, work);
    }
}
