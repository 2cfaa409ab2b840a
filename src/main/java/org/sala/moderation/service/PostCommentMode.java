package org.sala.moderation.service;

import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentArrival;

/** How one post's comments are checked: the site's way, its own, or not at all (closed). */
public enum PostCommentMode {
    SITE_DEFAULT(null),
    HOLD_ALL(CommentArrival.HOLD_ALL),
    HOLD_FIRST_TIME(CommentArrival.APPROVE_KNOWN),
    PUBLISH_AND_REVIEW(CommentArrival.PUBLISH_AND_REVIEW),
    CLOSED(null);

    private final @Nullable CommentArrival arrival;

    PostCommentMode(@Nullable CommentArrival arrival) {
        this.arrival = arrival;
    }

    /** The arrival setting the post keeps for itself; null for the site's, or when comments are closed. */
    public @Nullable CommentArrival arrival() {
        return arrival;
    }

    static PostCommentMode of(CommentArrival arrival) {
        for (PostCommentMode mode : values()) {
            if (mode.arrival == arrival) {
                return mode;
            }
        }
        throw new IllegalArgumentException("No post comment mode for " + arrival);
    }
}
