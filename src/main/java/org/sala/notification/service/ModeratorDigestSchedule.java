package org.sala.notification.service;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due digests every minute. A bean of its own so that the call goes through the
 * digests' transactional proxy: called from inside {@link ModeratorDigests} it would run without
 * a transaction, and the locking query would fail every time.
 */
@Component
class ModeratorDigestSchedule {

    private final ModeratorDigests digests;
    private final Clock clock;

    ModeratorDigestSchedule(ModeratorDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${sala.notification.digest-check-interval:PT1M}",
            fixedDelayString = "${sala.notification.digest-check-interval:PT1M}")
    void sendDue() {
        digests.sendDue(clock.instant());
    }
}
