package org.sala.moderation.service.spam;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Trains the spam filter again every {@code sala.moderation.spam.retrain-interval}, or picks up another node's model. */
@Component
class SpamTrainingSchedule implements SchedulingConfigurer {

    private final SpamFilter filter;
    private final SpamFilterProperties properties;

    SpamTrainingSchedule(SpamFilter filter, SpamFilterProperties properties) {
        this.filter = filter;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::learn, properties.retrainInterval(), properties.retrainInterval()));
    }

    void learn() {
        if (!filter.retrain()) {
            filter.reload();
        }
    }
}
