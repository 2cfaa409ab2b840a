package org.sala.comment.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one commenter may send: per IP address, per email and per browser token, in a minute
 * and in a day; how long a person at least takes to fill in the form; how long an identical
 * comment counts as a duplicate.
 */
@ConfigurationProperties("sala.comments")
public record CommentLimits(int perMinute, int perDay, Duration minTimeOnForm, Duration duplicateWindow) {

    public CommentLimits {
        perMinute = perMinute <= 0 ? 2 : perMinute;
        perDay = perDay <= 0 ? 20 : perDay;
        minTimeOnForm = minTimeOnForm == null ? Duration.ofSeconds(3) : minTimeOnForm;
        duplicateWindow = duplicateWindow == null ? Duration.ofMinutes(10) : duplicateWindow;
    }
}
