package org.sala.newsletter.service;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Moves the open newsletters along in the background, one batch (one transaction) at a time. */
@Component
public class NewsletterFanOut {

    private final NewsletterIssues issues;

    NewsletterFanOut(NewsletterIssues issues) {
        this.issues = issues;
    }

    @Scheduled(initialDelayString = "${sala.mail.send-interval:PT5S}", fixedDelayString = "${sala.mail.send-interval:PT5S}")
    public void fanOutScheduled() {
        fanOut();
    }

    /** Queues every open newsletter to its end; returns the mails queued. */
    public synchronized long fanOut() {
        long queued = 0;
        for (long issueId : issues.open()) {
            int batch;
            while ((batch = issues.queueNextBatch(issueId)) >= 0) {
                queued += batch;
            }
        }
        return queued;
    }
}
