package org.sala.moderation.domain;

import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentStatus;

/**
 * What the moderation queue shows: comments of one status, those readers reported (whatever their
 * status), or those published at once for a moderator to review after; optionally of one post,
 * optionally containing some text in the name, email or body.
 */
public record CommentQueueFilter(CommentStatus status, @Nullable Long postId, @Nullable String text, QueueList list) {

    /** Which of the queue's lists: by status (the queue proper), reported, or to review. */
    public enum QueueList { BY_STATUS, REPORTED, TO_REVIEW }

    /** The longest text searched for; what is typed beyond it is ignored. */
    public static final int MAX_TEXT = 200;

    public CommentQueueFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    public CommentQueueFilter(CommentStatus status, @Nullable Long postId, @Nullable String text) {
        this(status, postId, text, QueueList.BY_STATUS);
    }

    public boolean byStatus() {
        return list == QueueList.BY_STATUS;
    }

    public static CommentQueueFilter pending() {
        return new CommentQueueFilter(CommentStatus.PENDING, null, null);
    }
}
