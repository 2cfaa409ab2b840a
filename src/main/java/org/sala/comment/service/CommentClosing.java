package org.sala.comment.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The moderators' rule that closes comments on older posts: after this many days, or never (null). */
record CommentClosing(@Nullable Integer afterDays) {

    boolean closes(@Nullable Instant publishedAt, Instant now) {
        return closesAt(publishedAt).map(closing -> closing.isBefore(now)).orElse(false);
    }

    /** When comments on a post published then close, if they ever do. */
    Optional<Instant> closesAt(@Nullable Instant publishedAt) {
        return afterDays == null || publishedAt == null ? Optional.empty()
                : Optional.of(publishedAt.plus(Duration.ofDays(afterDays)));
    }
}
