package org.sala.notification.service;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends the due digests every {@code sala.notification.digest-check-interval}. A bean of its own so
 * that the call goes through the digests' transactional proxy: called from inside
 * {@link ModeratorDigests} it would run without a transaction, and the locking query would fail
 * every time.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class ModeratorDigestSchedule implements SchedulingConfigurer {

    private final ModeratorDigests digests;
    private final Clock clock;
    private final NotificationProperties properties;

    ModeratorDigestSchedule(ModeratorDigests digests, Clock clock, NotificationProperties properties) {
        this.digests = digests;
        this.clock = clock;
        this.properties = properties;
    }

    /** Sends every {@code sala.notification.digest-check-interval}, the first time one interval after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::sendDue, properties.digestCheckInterval(),
                properties.digestCheckInterval()));
    }

    void sendDue() {
        digests.sendDue(clock.instant());
    }
}
