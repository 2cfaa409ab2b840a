package org.sala.comment.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The moderators' rule that closes comments on older posts: after this many days, or never (null). */
record CommentClosing(Integer afterDays) {

    boolean closes(Instant publishedAt, Instant now) {
        return closesAt(publishedAt).map(closing -> closing.isBefore(now)).orElse(false);
    }

    /** When comments on a post published then close, if they ever do. */
    Optional<Instant> closesAt(Instant publishedAt) {
        return afterDays == null || publishedAt == null ? Optional.empty()
                : Optional.of(publishedAt.plus(Duration.ofDays(afterDays)));
    }
}
