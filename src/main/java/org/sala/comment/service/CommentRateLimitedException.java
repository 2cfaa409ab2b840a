package org.sala.comment.service;

import java.time.Duration;

/** The commenter sent too much too fast; {@code retryAfter} says when the next comment may come. */
public class CommentRateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public CommentRateLimitedException(Duration retryAfter) {
        super("Too many comments; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
