package org.sala.moderation.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a comment has waited, as the queue says it: "just now", "12 min", "5 h", "3 d".
 * (Hand-written: ICU4J's RelativeDateTimeFormatter would do it, but staff pages are English
 * only and ICU4J weighs 14 MB.)
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
