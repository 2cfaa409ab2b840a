package org.sala.comment.domain;

/**
 * What the moderation queue shows: comments of one status, optionally of one post, optionally
 * containing some text in the name, email or body.
 */
public record CommentQueueFilter(CommentStatus status, Long postId, String text) {

    public CommentQueueFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static CommentQueueFilter pending() {
        return new CommentQueueFilter(CommentStatus.PENDING, null, null);
    }
}
