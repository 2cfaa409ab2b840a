package org.sala.mail.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.sala.base.db.DatabaseOutage;
import org.sala.base.metrics.MetricsProperties;
import org.sala.base.metrics.RecentValue;
import org.sala.mail.domain.MailStatus;
import org.sala.mail.domain.OutboxMailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether mail leaves the outbox, for the people who run Sala: a warning in the log at startup
 * when there is no mail server, the {@code mail} health contributor, the notice on the outbox page
 * and the gauge {@code sala.mail.outbox.backlog} (mails not sent yet). The backlog is one COUNT on
 * an index, at most once per {@code sala.metrics.refresh-interval}.
 */
@Component
public class MailDelivery implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    /** The startup warning when mail cannot go out at all. */
    static final String NO_MAIL_SERVER_WARNING = "No mail server is set: Sala sends no mail, and every mail "
            + "(comment notifications, newsletter confirmations and issues) waits in the outbox until "
            + "spring.mail.host (environment variable SPRING_MAIL_HOST) is set and Sala restarted";

    /** Where mail stands: going out, waiting for a mail server to be set, or waiting for the server to answer. */
    public enum State {
        SENDING,
        NO_MAIL_SERVER,
        SERVER_FAILING
    }

    /**
     * @param server the SMTP server as host:port; null without one
     * @param catcher whether that is the embedded catcher (mail never leaves this machine)
     * @param waiting mails not sent yet; null while the database cannot say
     * @param lastError why the server could not take the last mails (SERVER_FAILING only)
     */
    public record Status(State state, @Nullable String server, boolean catcher, @Nullable Long waiting, @Nullable String lastError) {}

    private final OutboxSender sender;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Environment environment;
    private final RecentValue<@Nullable Long> waiting;

    MailDelivery(OutboxSender sender, ObjectProvider<JavaMailSender> mailSender, Environment environment,
            OutboxMailRepository mails, DatabaseOutage outage, Clock clock,
            MetricsProperties metrics) {
        this.sender = sender;
        this.mailSender = mailSender;
        this.environment = environment;
        this.waiting = new RecentValue<@Nullable Long>(() -> outage.unlessDown(
                () -> mails.countByStatusIn(EnumSet.of(MailStatus.PENDING, MailStatus.SENDING)), null),
                metrics.refreshInterval(), clock);
    }

    public Status status() {
        Long backlog = waiting.get();
        if (!sender.hasMailServer()) {
            return new Status(State.NO_MAIL_SERVER, null, false, backlog, null);
        }
        String server = server();
        boolean catcher = environment.getProperty("spring.mail.host", "").isBlank();
        OutboxSender.ServerAnswer answer = sender.lastAnswer();
        if (answer != null && answer.failure() != null) {
            return new Status(State.SERVER_FAILING, server, catcher, backlog, answer.failure());
        }
        return new Status(State.SENDING, server, catcher, backlog, null);
    }

    private String server() {
        return mailSender.getIfAvailable() instanceof JavaMailSenderImpl smtp
                ? smtp.getHost() + ":" + (smtp.getPort() > 0 ? smtp.getPort() : 25)
                : "";
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWithoutMailServer() {
        if (!sender.hasMailServer()) {
            log.warn(NO_MAIL_SERVER_WARNING);
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sala.mail.outbox.backlog", waiting, recent -> {
                    Long value = recent.get();
                    return value == null ? Double.NaN : value;
                })
                .description("Mails in the outbox not sent yet (waiting or being sent; given-up mails not counted)")
                .register(registry);
    }
}
