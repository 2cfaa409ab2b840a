package org.sala.post.service;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Looks for due posts every {@code sala.publishing.check-interval}. Due posts stay in the database
 * as scheduled, so a restart loses none: the first check after it publishes them.
 */
@Component
@EnableConfigurationProperties(PublishingProperties.class)
class PublishingScheduler implements SchedulingConfigurer {

    private final ScheduledPublishing publishing;
    private final Clock clock;
    private final PublishingProperties properties;

    PublishingScheduler(ScheduledPublishing publishing, Clock clock, PublishingProperties properties) {
        this.publishing = publishing;
        this.clock = clock;
        this.properties = properties;
    }

    /** Checks every {@code sala.publishing.check-interval}, the first time one interval after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::publishDuePosts, properties.checkInterval(),
                properties.checkInterval()));
    }

    void publishDuePosts() {
        while (publishing.publishDue(clock.instant()) > 0) {
            // another batch may be due
        }
    }
}
