package org.sala.mail.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sala.mail.MailProperties;
import org.sala.mail.domain.OutboxMail;
import org.sala.mail.domain.OutboxMailRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/** The sender's short transactions: claim due mails, then record what became of them. */
@Component
class OutboxWork {

    /** A claim older than this belongs to a sender that stopped without recording the outcome. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final OutboxMailRepository mails;
    private final MailProperties properties;
    private final Clock clock;

    OutboxWork(OutboxMailRepository mails, MailProperties properties, Clock clock) {
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims up to {@code limit} due mails (locked rows of a parallel sender are skipped). */
    @Transactional
    public List<ClaimedMail> claimDue(int limit) {
        Instant now = clock.instant();
        mails.releaseAbandoned(now.minus(ABANDONED_AFTER));
        return mails.lockDue(now, limit).stream().map(mail -> {
            mail.claim(now);
            return new ClaimedMail(mail.getId(), mail.getToAddress(), mail.getSubject(), mail.getBody(),
                    mail.getHeaders());
        }).toList();
    }

    /** Records the outcome of one batch: the ids that failed, with why; all others were sent. */
    @Transactional
    public void record(List<Long> claimed, Map<Long, String> failures) {
        Instant now = clock.instant();
        for (OutboxMail mail : mails.findAllById(claimed)) {
            String error = failures.get(mail.getId());
            if (error == null) {
                mail.sent(now);
            } else {
                mail.failed(error, retryAt(mail.getAttempts() + 1, now));
            }
        }
    }

    /** When to try again after the given number of failed attempts; null to give up. */
    @Nullable Instant retryAt(int failedAttempts, Instant now) {
        if (failedAttempts >= properties.maxAttempts()) {
            return null;
        }
        ExponentialBackOff backOff = new ExponentialBackOff(properties.firstRetryAfter().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxRetryWait().toMillis());
        BackOffExecution execution = backOff.start();
        long wait = 0;
        for (int i = 0; i < failedAttempts; i++) {
            wait = execution.nextBackOff();
        }
        return now.plusMillis(wait);
    }

    record ClaimedMail(long id, String to, String subject, String body, String headers) {}
}
