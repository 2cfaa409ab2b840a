package org.sala.comment;

import java.util.Set;

/**
 * Comments arrived or were decided. Published inside the changing transaction and delivered to
 * the live views (post pages, moderation queues) after it commits.
 */
public record CommentsChanged(Set<Long> commentIds, Set<Long> postIds) {

    public static CommentsChanged of(long commentId, long postId) {
        return new CommentsChanged(Set.of(commentId), Set.of(postId));
    }
}
