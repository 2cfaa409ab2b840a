package org.sala.moderation.domain;

import java.util.List;
import org.sala.comment.Comment;

/** The moderation queue's filtered, paged reads (a Criteria query: its filters are optional). */
public interface CommentQueueQueries {

    /** Pending comments oldest first (work in arrival order); decided ones newest first. */
    List<Comment> findQueue(CommentQueueFilter filter, long offset, int limit);

    long countQueue(CommentQueueFilter filter);
}
