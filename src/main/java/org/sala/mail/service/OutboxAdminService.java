package org.sala.mail.service;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.mail.MailProgress;
import org.sala.mail.domain.MailStatus;
import org.sala.mail.domain.OutboxMail;
import org.sala.mail.domain.OutboxMailRepository;
import org.sala.mail.domain.TopicCount;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' look into the outbox: every mail Sala sent or still has to send. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class OutboxAdminService {

    private final OutboxMailRepository mails;
    private final Clock clock;

    OutboxAdminService(OutboxMailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /** Newest first; all statuses when {@code status} is null. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> list(@Nullable MailStatus status, int offset, int limit) {
        Pageable page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        List<OutboxMail> found = status == null ? mails.findAllByOrderByCreatedAtDescIdDesc(page)
                : mails.findByStatusOrderByCreatedAtDescIdDesc(status, page);
        return found.stream().map(OutboxAdminService::entry).toList();
    }

    @Transactional(readOnly = true)
    public long count(@Nullable MailStatus status) {
        return status == null ? mails.count() : mails.countByStatus(status);
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> read(long id) {
        return mails.findById(id).map(OutboxAdminService::entry);
    }

    /** Puts a failed mail back in line. */
    @Transactional
    public void retry(long id) {
        mails.findById(id).filter(mail -> mail.getStatus() == MailStatus.FAILED)
                .ifPresent(mail -> mail.retryNow(clock.instant()));
    }

    /** Progress of each topic. Topics without mails are absent. */
    public static Map<String, MailProgress> progressOf(OutboxMailRepository mails, Collection<String> topics) {
        Map<String, MailProgress> progress = new HashMap<>();
        if (topics.isEmpty()) {
            return progress;
        }
        for (TopicCount count : mails.countByTopics(topics)) {
            MailProgress before = progress.getOrDefault(count.topic(), MailProgress.NONE);
            progress.put(count.topic(), switch (count.status()) {
                case SENT -> new MailProgress(before.waiting(), before.sent() + count.count(), before.failed());
                case FAILED -> new MailProgress(before.waiting(), before.sent(), before.failed() + count.count());
                case PENDING, SENDING -> new MailProgress(before.waiting() + count.count(), before.sent(), before.failed());
            });
        }
        return progress;
    }

    private static OutboxEntry entry(OutboxMail mail) {
        return new OutboxEntry(mail.getId(), mail.getToAddress(), mail.getSubject(), mail.getTopic(), mail.getStatus(),
                mail.getAttempts(), mail.getCreatedAt(), mail.getNextAttemptAt(), mail.getSentAt(), mail.getLastError(),
                mail.getHeaders(), mail.getBody());
    }
}
