package org.sala.comment;

import java.util.Set;

/**
 * Comments became visible to readers: a moderator approved them, a rule published them at once,
 * or staff replied. Published inside the changing transaction; listeners act once it commits.
 */
public record CommentsPublished(Set<Long> commentIds) {

    public static CommentsPublished of(long commentId) {
        return new CommentsPublished(Set.of(commentId));
    }
}
