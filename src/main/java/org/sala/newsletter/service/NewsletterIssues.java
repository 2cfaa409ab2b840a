package org.sala.newsletter.service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.sala.mail.MailLinks;
import org.sala.mail.Outbox;
import org.sala.newsletter.domain.NewsletterIssue;
import org.sala.newsletter.domain.NewsletterIssueRepository;
import org.sala.newsletter.domain.Subscriber;
import org.sala.newsletter.domain.SubscriberRepository;
import org.sala.newsletter.domain.SubscriberStatus;
import org.sala.post.PostListService;
import org.sala.post.PostPublished;
import org.sala.post.PostSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newsletters: a post published in the newsletter category becomes an issue (in the publishing
 * transaction), which is then fanned out to the confirmed subscribers a batch per transaction.
 * Each mail has the key newsletter:post:subscriber, unique in the outbox, so a batch repeated
 * after a crash, or a post published twice, mails nobody twice.
 */
@Component
public class NewsletterIssues {

    private static final Logger log = LoggerFactory.getLogger(NewsletterIssues.class);

    private final NewsletterIssueRepository issues;
    private final SubscriberRepository subscribers;
    private final PostListService posts;
    private final NewsletterMails mails;
    private final MailLinks links;
    private final Outbox outbox;
    private final NewsletterProperties properties;
    private final Clock clock;

    NewsletterIssues(NewsletterIssueRepository issues, SubscriberRepository subscribers, PostListService posts,
            NewsletterMails mails, MailLinks links, Outbox outbox, NewsletterProperties properties, Clock clock) {
        this.issues = issues;
        this.subscribers = subscribers;
        this.posts = posts;
        this.mails = mails;
        this.links = links;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(PostPublished published) {
        if (published.imported()) {
            return;
        }
        List<PostSummary> found = posts.summaries(List.of(published.postId()));
        if (found.isEmpty() || !inNewsletterCategory(found.getFirst()) || issues.existsByPostId(published.postId())) {
            return;
        }
        PostSummary post = found.getFirst();
        issues.save(new NewsletterIssue(post.id(), post.title(), post.excerpt(), links.absolute(post.address().path()),
                subscribers.countByStatus(SubscriberStatus.CONFIRMED), clock.instant()));
        log.info("Post {} is a newsletter: going out to the subscribers", post.id());
    }

    private boolean inNewsletterCategory(PostSummary post) {
        String wanted = properties.category().toLowerCase(Locale.ROOT);
        return post.categories().stream().anyMatch(category -> category.name().toLowerCase(Locale.ROOT).equals(wanted)
                || category.slug().equalsIgnoreCase(wanted));
    }

    /** Issues still going out, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> open() {
        return issues.findOpenIds();
    }

    /**
     * Queues the next batch of the issue; returns how many mails were queued now, or -1 when the
     * issue has reached its last subscriber. The issue row is locked, so two senders cannot
     * interleave.
     */
    @Transactional
    public int queueNextBatch(long issueId) {
        NewsletterIssue issue = issues.lockById(issueId).orElse(null);
        if (issue == null || issue.getFinishedAt() != null) {
            return -1;
        }
        List<Subscriber> batch = subscribers.findByStatusAndIdGreaterThanOrderByIdAsc(SubscriberStatus.CONFIRMED,
                issue.getLastSubscriberId(), PageRequest.of(0, properties.fanOutBatch()));
        int queued = 0;
        for (Subscriber subscriber : batch) {
            if (outbox.queueOnce(mails.newsletter(issue, subscriber))) {
                queued++;
            }
        }
        if (!batch.isEmpty()) {
            issue.advance(batch.getLast().getId(), queued);
        }
        if (batch.size() < properties.fanOutBatch()) {
            issue.finish(clock.instant());
            log.info("Newsletter of post {}: all {} mails queued", issue.getPostId(), issue.getQueued());
            return batch.isEmpty() ? -1 : queued;
        }
        return queued;
    }
}
