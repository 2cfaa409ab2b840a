package org.sala.mail.service;

import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code mail} health contributor, in the place of Boot's own (which opens an SMTP connection
 * at every check). It says what the outbox sender saw, without a connection of its own: UP while
 * mail goes out, UNKNOWN while it waits in the outbox (no mail server set, or the server did not
 * take the last mails). Never DOWN: readers are served whatever becomes of the mail, so the
 * readiness group stays UP; staff see why in the details.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

    private final MailDelivery delivery;

    MailHealth(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public Health health() {
        MailDelivery.Status status = delivery.status();
        Health.Builder health = switch (status.state()) {
            case SENDING -> Health.up().withDetail("outbox", status.catcher()
                    ? "sending to the embedded catcher: mail does not leave this machine" : "sending");
            case NO_MAIL_SERVER -> Health.unknown().withDetail("outbox", "not sending, spring.mail.host is not set");
            case SERVER_FAILING -> Health.unknown().withDetail("outbox", "not sending, the mail server did not take the last mails")
                    .withDetail("lastError", Objects.requireNonNull(status.lastError()));
        };
        if (status.server() != null) {
            health.withDetail("server", status.server());
        }
        if (status.waiting() != null) {
            health.withDetail("waiting", status.waiting());
        }
        return health.build();
    }
}
