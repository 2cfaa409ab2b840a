package org.sala.post.service;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due posts every {@code sala.publishing.check-interval}. Due posts stay in the database
 * as scheduled, so a restart loses none: the first check after it publishes them.
 */
@Component
class PublishingScheduler {

    private final ScheduledPublishing publishing;
    private final Clock clock;

    PublishingScheduler(ScheduledPublishing publishing, Clock clock) {
        this.publishing = publishing;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${sala.publishing.check-interval:PT20S}",
            fixedDelayString = "${sala.publishing.check-interval:PT20S}")
    void publishDuePosts() {
        while (publishing.publishDue(clock.instant()) > 0) {
            // another batch may be due
        }
    }
}
