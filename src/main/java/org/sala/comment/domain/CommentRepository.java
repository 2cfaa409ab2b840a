package org.sala.comment.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.base.html.StoredHtml;
import org.sala.comment.Comment;
import org.sala.comment.CommentStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    /**
     * The next comments of a post's threads after {@code afterPath}, depth-first: the approved
     * ones, and the reader's own comments still waiting for a moderator. The reader's own
     * comments marked as spam show as waiting too: a spammer learns nothing from the page.
     */
    @Query("""
            select c from Comment c
            where c.postId = :postId and c.threadPath > :afterPath
              and (c.status = org.sala.comment.CommentStatus.APPROVED
                   or (c.status in (org.sala.comment.CommentStatus.PENDING, org.sala.comment.CommentStatus.SPAM)
                       and c.readerTokenHash = :readerTokenHash))
            order by c.threadPath""")
    List<Comment> findThreadPage(long postId, String afterPath, @Nullable String readerTokenHash, Limit limit);

    /** Which of these comments of the post the reader sees, as {@link #findThreadPage} would show them. */
    @Query("""
            select c from Comment c
            where c.postId = :postId and c.id in :ids
              and (c.status = org.sala.comment.CommentStatus.APPROVED
                   or (c.status in (org.sala.comment.CommentStatus.PENDING, org.sala.comment.CommentStatus.SPAM)
                       and c.readerTokenHash = :readerTokenHash))
            order by c.threadPath""")
    List<Comment> findVisibleAmong(long postId, Collection<Long> ids, @Nullable String readerTokenHash);

    /** Whether comments sent from this browser still wait for a moderator (spam shows as waiting). */
    @Query("""
            select count(c) > 0 from Comment c
            where c.readerTokenHash = :readerTokenHash
              and c.status in (org.sala.comment.CommentStatus.PENDING, org.sala.comment.CommentStatus.SPAM)""")
    boolean existsWaitingFrom(String readerTokenHash);

    /** Whether this browser sent a comment since then that readers may see (its commenter may still change it). */
    @Query("""
            select count(c) > 0 from Comment c
            where c.readerTokenHash = :readerTokenHash and c.createdAt > :since
              and c.status = org.sala.comment.CommentStatus.APPROVED""")
    boolean existsPublishedFromSince(String readerTokenHash, Instant since);

    /** The comment, locked until the transaction ends: a moderator's decision waits for the commenter's change. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Comment c where c.id = :id")
    Optional<Comment> lockById(long id);

    /** The newest approved comments on published posts, newest first. */
    @Query(value = """
            SELECT c.* FROM comment c JOIN post p ON p.id = c.post_id
            WHERE c.status = 'APPROVED' AND p.status = 'PUBLISHED'
            ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""", nativeQuery = true)
    List<Comment> findNewestApprovedOnPublishedPosts(int limit);

    /** The newest approved comments on the post, newest first. */
    @Query("""
            select c from Comment c
            where c.postId = :postId and c.status = org.sala.comment.CommentStatus.APPROVED
            order by c.createdAt desc, c.id desc""")
    List<Comment> findNewestApproved(long postId, Limit limit);

    boolean existsByAuthorEmailAndBodyRawAndCreatedAtAfter(String authorEmail, String bodyRaw, Instant after);

    long countByPostIdAndStatus(long postId, CommentStatus status);

    boolean existsByAuthorEmailAndStatus(String authorEmail, CommentStatus status);

    /** Comments stored under a policy version below {@code version}, with an id above {@code afterId}, in id order. */
    @Query("""
            select new org.sala.base.html.StoredHtml(c.id, c.bodyHtml) from Comment c
            where c.htmlPolicyVersion < :version and c.id > :afterId order by c.id""")
    List<StoredHtml> findHtmlOlderThan(int version, long afterId, Limit limit);

    /**
     * The comment sanitised again, only while it is still outdated (a moderator's edit in the
     * meantime stored a current rendering). The moderators' version stays: nobody changed the comment.
     */
    @Modifying
    @Query("""
            update Comment c set c.bodyHtml = :html, c.htmlPolicyVersion = :version
            where c.id = :id and c.htmlPolicyVersion < :version""")
    int storeResanitisedHtml(long id, String html, int version);
}
