package org.sala.moderation.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.comment.Comment;
import org.sala.comment.CommentStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The comments as moderation reads and decides them: its queue, one sender's waiting comments, the rows it locks. */
public interface ModeratedCommentRepository extends JpaRepository<Comment, Long>, CommentQueueQueries {

    /** How many comments have the status (the queue's length for PENDING). */
    long countByStatus(CommentStatus status);

    /** When the oldest comment with the status was written; empty when there is none (one index lookup). */
    @Query("select min(c.createdAt) from Comment c where c.status = :status")
    Optional<Instant> oldestCreatedAt(CommentStatus status);

    /** Locks the comments (in id order, so that two moderators never deadlock) to decide on them. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Comment c where c.id in :ids order by c.id")
    List<Comment> lockForDecision(Collection<Long> ids);

    /** The ids of comments still waiting that came from the email or the IP address (either may be null). */
    @Query("""
            select c.id from Comment c
            where c.status = org.sala.comment.CommentStatus.PENDING
              and (c.authorEmail = :email or c.authorIp = :ip)
            order by c.id""")
    List<Long> findPendingFrom(@Nullable String email, @Nullable String ip, Limit limit);

    /** How many comments {@link #findPendingFrom} finds (without its limit): a COUNT, no rows read into memory. */
    @Query("""
            select count(c) from Comment c
            where c.status = org.sala.comment.CommentStatus.PENDING
              and (c.authorEmail = :email or c.authorIp = :ip)""")
    long countPendingFrom(@Nullable String email, @Nullable String ip);
}
