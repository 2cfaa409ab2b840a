package org.sala.comment.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one commenter may send: per IP address, per email and per browser token, in a minute
 * and in a day; how long a person at least takes to fill in the form; how long an identical
 * comment counts as a duplicate; how long its commenter may still edit or delete a comment.
 *
 * @param perMinute comments one IP address, email or browser may send in a minute
 * @param perDay comments one IP address, email or browser may send in a day
 * @param minTimeOnForm a comment sent faster than this after the form was shown counts as a bot's
 * @param duplicateWindow how long the same text from the same email counts as a duplicate
 * @param editWindow how long after sending it a commenter may edit or delete their comment, from the same browser
 */
@ConfigurationProperties("sala.comments")
public record CommentLimits(
        @DefaultValue("2") int perMinute,
        @DefaultValue("20") int perDay,
        @DefaultValue("PT3S") Duration minTimeOnForm,
        @DefaultValue("PT10M") Duration duplicateWindow,
        @DefaultValue("PT10M") Duration editWindow) {

    public CommentLimits {
        if (perMinute < 1 || perDay < 1) {
            throw new IllegalArgumentException("sala.comments.per-minute and sala.comments.per-day must be at least 1, not "
                    + perMinute + " and " + perDay);
        }
        if (minTimeOnForm == null || minTimeOnForm.isNegative()) {
            throw new IllegalArgumentException(
                    "sala.comments.min-time-on-form must be a duration of zero or more (such as PT3S), not " + minTimeOnForm);
        }
        if (duplicateWindow == null || duplicateWindow.isNegative()) {
            throw new IllegalArgumentException(
                    "sala.comments.duplicate-window must be a duration of zero or more (such as PT10M), not " + duplicateWindow);
        }
        if (editWindow == null || editWindow.isNegative()) {
            throw new IllegalArgumentException(
                    "sala.comments.edit-window must be a duration of zero or more (such as PT10M), not " + editWindow);
        }
    }
}
