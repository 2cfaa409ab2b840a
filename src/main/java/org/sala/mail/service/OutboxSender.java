package org.sala.mail.service;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sala.mail.MailProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox in the background: claims due mails in batches, sends a batch over one SMTP
 * connection, records each mail as sent or failed (to be retried with growing waits). A mail is
 * marked sent in the database only after the SMTP server took it, and a sent mail is never claimed
 * again, so a restart resends nothing that was recorded as sent.
 */
@Component
public class OutboxSender implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxWork work;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;
    private final Clock clock;
    /** What the mail server did with the last batch that reached it; null before the first one. */
    private volatile @Nullable ServerAnswer lastAnswer;

    /** The mail server took the batch ({@code failure} null), or could not be used ({@code failure} says why). */
    record ServerAnswer(Instant at, @Nullable String failure) {}

    OutboxSender(OutboxWork work, ObjectProvider<JavaMailSender> mailSender, MailProperties properties, Clock clock) {
        this.work = work;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether there is a mail server to send to: {@code spring.mail.host}, or the embedded catcher. */
    boolean hasMailServer() {
        return mailSender.getIfAvailable() != null;
    }

    @Nullable ServerAnswer lastAnswer() {
        return lastAnswer;
    }

    /** Sends what is due every {@code sala.mail.send-interval}, the first time one interval after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::sendDue, properties.sendInterval(), properties.sendInterval()));
    }

    /** Sends everything that is due now; returns how many mails were attempted. */
    public synchronized int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("No mail server configured (spring.mail.host); mail stays in the outbox");
            return 0;
        }
        int attempted = 0;
        List<OutboxWork.ClaimedMail> batch;
        do {
            batch = work.claimDue(properties.batchSize());
            if (!batch.isEmpty()) {
                work.record(batch.stream().map(OutboxWork.ClaimedMail::id).toList(), send(sender, batch));
                attempted += batch.size();
            }
        } while (batch.size() == properties.batchSize());
        return attempted;
    }

    /** Sends the batch; returns the failures by mail id. */
    private Map<Long, String> send(JavaMailSender sender, List<OutboxWork.ClaimedMail> batch) {
        Map<Long, String> failures = new HashMap<>();
        Map<MimeMessage, Long> ids = new IdentityHashMap<>();
        List<MimeMessage> messages = new ArrayList<>();
        for (OutboxWork.ClaimedMail mail : batch) {
            try {
                MimeMessage message = toMime(sender, mail);
                ids.put(message, mail.id());
                messages.add(message);
            } catch (MessagingException | RuntimeException e) {
                failures.put(mail.id(), "Not a valid mail: " + e.getMessage());
            }
        }
        if (messages.isEmpty()) {
            return failures;
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
            lastAnswer = new ServerAnswer(clock.instant(), null);
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                ids.values().forEach(id -> failures.put(id, String.valueOf(e.getMessage())));
            }
            e.getFailedMessages().forEach((message, cause) -> {
                Long id = ids.get(message);
                if (id != null) {
                    failures.put(id, String.valueOf(cause.getMessage()));
                }
            });
            log.warn("{} of {} mails not sent: {}", failures.size(), batch.size(), e.getMessage());
            // none got through (the connection failed, as a rule): mail is not going out
            boolean noneSent = ids.values().stream().allMatch(failures::containsKey);
            lastAnswer = new ServerAnswer(clock.instant(), noneSent ? String.valueOf(e.getMessage()) : null);
        } catch (MailException e) {
            lastAnswer = new ServerAnswer(clock.instant(), String.valueOf(e.getMessage()));
            ids.values().forEach(id -> failures.put(id, String.valueOf(e.getMessage())));
            log.warn("Mail server unavailable, {} mails wait for a retry: {}", batch.size(), e.getMessage());
        }
        return failures;
    }

    private MimeMessage toMime(JavaMailSender sender, OutboxWork.ClaimedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (String line : mail.headers().split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                message.setHeader(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return message;
    }
}
