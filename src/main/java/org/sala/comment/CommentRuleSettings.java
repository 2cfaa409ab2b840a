package org.sala.comment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The settings for arriving comments as moderators see and change them; {@code version} is the
 * one they saw, so a change over somebody else's newer change is refused.
 */
public record CommentRuleSettings(CommentArrival arrival, @Nullable Integer maxLinks, TooManyLinks tooManyLinks,
        @Nullable Integer closeAfterDays, @Nullable Instant updatedAt, @Nullable String updatedBy, long version) {

    public static final int MAX_LINKS_LIMIT = 100;
    public static final int MAX_DAYS = 36_500;
}
