package org.sala.newsletter.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.sala.base.text.LikePatterns;
import org.sala.base.text.SpreadsheetCells;
import org.sala.mail.MailProgress;
import org.sala.mail.OutboxProgress;
import org.sala.newsletter.domain.NewsletterIssue;
import org.sala.newsletter.domain.NewsletterIssueRepository;
import org.sala.newsletter.domain.Subscriber;
import org.sala.newsletter.domain.SubscriberRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' view of the mailing list: subscribers, export, removal, newsletters going out. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SubscriberAdminService {

    private static final int EXPORT_BATCH = 1000;

    private final SubscriberRepository subscribers;
    private final NewsletterIssueRepository issues;
    private final OutboxProgress outboxProgress;

    SubscriberAdminService(SubscriberRepository subscribers, NewsletterIssueRepository issues,
            OutboxProgress outboxProgress) {
        this.subscribers = subscribers;
        this.issues = issues;
        this.outboxProgress = outboxProgress;
    }

    /** Subscribers whose address or name contains the text, newest first. */
    @Transactional(readOnly = true)
    public List<SubscriberEntry> search(String text, int offset, int limit) {
        int size = Math.max(1, limit);
        return subscribers.search(LikePatterns.containing(text), PageRequest.of(offset / size, size)).stream()
                .map(SubscriberAdminService::entry).toList();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return subscribers.countSearch(LikePatterns.containing(text));
    }

    /** Forgets the subscriber entirely (mails already sent stay in the outbox). */
    @Transactional
    public void remove(long id) {
        subscribers.findById(id).ifPresent(subscribers::delete);
    }

    /**
     * All subscribers as CSV (UTF-8, with a header row), read from the database in batches. What
     * readers typed cannot become a formula in a spreadsheet ({@link SpreadsheetCells}).
     */
    @Transactional(readOnly = true)
    public void exportCsv(Writer out) {
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
                .setHeader("email", "name", "status", "subscribed_at", "confirmed_at", "unsubscribed_at")
                .get().print(out)) {
            long after = 0;
            List<Subscriber> batch;
            do {
                batch = subscribers.findByIdGreaterThanOrderByIdAsc(after, PageRequest.of(0, EXPORT_BATCH));
                for (Subscriber subscriber : batch) {
                    csv.printRecord(SpreadsheetCells.text(subscriber.getEmail()),
                            SpreadsheetCells.text(subscriber.getName()), subscriber.getStatus(),
                            text(subscriber.getCreatedAt()), text(subscriber.getConfirmedAt()),
                            text(subscriber.getUnsubscribedAt()));
                    after = subscriber.getId();
                }
            } while (batch.size() == EXPORT_BATCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest newsletters with how far each has gone out. */
    @Transactional(readOnly = true)
    public List<IssueProgress> recentIssues(int limit) {
        List<NewsletterIssue> recent = issues.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(0, limit));
        Map<String, MailProgress> progress = outboxProgress.of(recent.stream()
                .map(issue -> NewsletterMails.topic(issue.getPostId())).toList());
        return recent.stream().map(issue -> {
            MailProgress mails = progress.getOrDefault(NewsletterMails.topic(issue.getPostId()), MailProgress.NONE);
            return new IssueProgress(issue.getPostId(), issue.getTitle(), issue.getCreatedAt(), issue.getSubscribers(),
                    issue.getQueued(), mails.sent(), mails.waiting(), mails.failed(), issue.getFinishedAt() != null);
        }).toList();
    }

    private static String text(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static SubscriberEntry entry(Subscriber subscriber) {
        return new SubscriberEntry(subscriber.getId(), subscriber.getEmail(), subscriber.getName(),
                subscriber.getStatus(), subscriber.getCreatedAt(), subscriber.getConfirmedAt(),
                subscriber.getUnsubscribedAt());
    }
}
