package org.sala.moderation.service.spam;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the spam filter learns again from the moderators' decisions.
 *
 * @param retrainInterval how often the filter is trained again on the newest decisions
 * @param minExamples how many spam and how many approved comments the site needs (each) before the filter
 *     learns from them; until then it uses its small built-in model
 * @param maxExamples how many of the newest spam and approved comments (each) one training reads at most
 */
@ConfigurationProperties("sala.moderation.spam")
public record SpamFilterProperties(
        @DefaultValue("PT6H") Duration retrainInterval,
        @DefaultValue("50") int minExamples,
        @DefaultValue("5000") int maxExamples) {

    public SpamFilterProperties {
        if (retrainInterval == null || retrainInterval.isNegative() || retrainInterval.isZero()) {
            throw new IllegalArgumentException("sala.moderation.spam.retrain-interval must be positive, not " + retrainInterval);
        }
        if (minExamples < 1 || maxExamples < minExamples) {
            throw new IllegalArgumentException("sala.moderation.spam.min-examples must be at least 1 and at most "
                    + "max-examples, not " + minExamples + " and " + maxExamples);
        }
    }
}
