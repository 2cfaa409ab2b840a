package org.sala.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.sala.mail.domain.OutboxMail;
import org.sala.mail.domain.OutboxMailRepository;
import org.sala.mail.service.OutboxSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail. It joins the caller's transaction, so a mail exists exactly when what caused it
 * was committed; the {@link OutboxSender} sends it later, outside any reader's request.
 */
@Component
public class Outbox {

    private final OutboxMailRepository mails;
    private final Clock clock;

    Outbox(OutboxMailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(MailMessage message) {
        mails.save(new OutboxMail(message.to(), message.subject(), message.body(), headerLines(message.headers()),
                message.topic(), message.dedupKey(), clock.instant()));
    }

    /** Queues the mail unless one with its dedup key was ever queued; true if it was queued now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queueOnce(MailMessage message) {
        return queueOnce(message, Duration.ZERO);
    }

    /**
     * Queues the mail unless one with its dedup key is queued or sent, to be sent no sooner than
     * {@code hold} from now (until then it can be {@link #withdraw withdrawn}); true if it was queued now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queueOnce(MailMessage message, Duration hold) {
        if (message.dedupKey() == null) {
            throw new IllegalArgumentException("queueOnce needs a dedup key");
        }
        Instant now = clock.instant();
        return mails.insertUnlessPresent(message.to(), message.subject(), message.body(),
                headerLines(message.headers()), message.topic(), message.dedupKey(), now, now.plus(hold)) == 1;
    }

    /**
     * Takes back the mails with these dedup keys that are still waiting to be sent (a mail being
     * sent or sent stays); a mail with the same key can be queued again after. Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdraw(Collection<String> dedupKeys) {
        return dedupKeys.isEmpty() ? 0 : mails.deleteWaiting(dedupKeys);
    }

    static String headerLines(Map<String, String> headers) {
        return headers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
    }
}
