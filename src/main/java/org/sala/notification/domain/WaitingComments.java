package org.sala.notification.domain;

import java.time.Instant;
import org.sala.comment.Comment;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Counts of comments waiting for a moderator, for the digest. */
public interface WaitingComments extends Repository<Comment, Long> {

    @Query("SELECT COUNT(c) FROM Comment c WHERE c.status = org.sala.comment.CommentStatus.PENDING")
    long countPending();

    @Query("SELECT COUNT(c) FROM Comment c WHERE c.status = org.sala.comment.CommentStatus.PENDING "
            + "AND c.createdAt > :after")
    long countPendingSince(@Param("after") Instant after);
}
