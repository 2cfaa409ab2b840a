package org.sala.comment.service;

import java.time.Duration;
import java.time.Instant;

/** The moderators' rule that closes comments on older posts: after this many days, or never (null). */
record CommentClosing(Integer afterDays) {

    boolean closes(Instant publishedAt, Instant now) {
        return afterDays != null && publishedAt != null && publishedAt.plus(Duration.ofDays(afterDays)).isBefore(now);
    }
}
