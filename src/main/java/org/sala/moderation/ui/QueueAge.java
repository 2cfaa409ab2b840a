package org.sala.moderation.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a comment has waited, as the queue says it: "just now", "12 min", "5 h", "3 d".
 * (Hand-written, four comparisons: ICU4J, on the classpath for search, has RelativeDateTimeFormatter,
 * but its "12 minutes ago" is wider than the queue's line wants, and the words are translation
 * keys like every other word on staff pages.)
 */
final class QueueAge {

    private QueueAge() {}

    static String of(Instant received, Instant now, Component translator) {
        Duration waited = Duration.between(received, now);
        if (waited.toMinutes() < 1) {
            return translator.getTranslation("moderation.age.now");
        }
        if (waited.toHours() < 1) {
            return translator.getTranslation("moderation.age.minutes", waited.toMinutes());
        }
        if (waited.toDays() < 1) {
            return translator.getTranslation("moderation.age.hours", waited.toHours());
        }
        return translator.getTranslation("moderation.age.days", waited.toDays());
    }
}
