package org.sala.comment;

import java.time.Instant;

/**
 * The settings for arriving comments as moderators see and change them; {@code version} is the
 * one they saw, so a change over somebody else's newer change is refused.
 */
public record CommentRuleSettings(CommentArrival arrival, Integer maxLinks, TooManyLinks tooManyLinks,
        Integer closeAfterDays, Instant updatedAt, String updatedBy, long version) {

    public static final int MAX_LINKS_LIMIT = 100;
    public static final int MAX_DAYS = 36_500;
}
