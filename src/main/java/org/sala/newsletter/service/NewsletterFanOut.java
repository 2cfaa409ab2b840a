package org.sala.newsletter.service;

import org.sala.base.db.DatabaseProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Moves the open newsletters along in the background, one batch (one transaction) at a time. */
@Component
public class NewsletterFanOut {

    private static final Logger log = LoggerFactory.getLogger(NewsletterFanOut.class);

    private final NewsletterIssues issues;

    NewsletterFanOut(NewsletterIssues issues) {
        this.issues = issues;
    }

    @Scheduled(initialDelayString = "${sala.mail.send-interval:PT5S}", fixedDelayString = "${sala.mail.send-interval:PT5S}")
    public void fanOutScheduled() {
        try {
            fanOut();
        } catch (RuntimeException e) {
            DatabaseProblems.logFailure(log, "Newsletter fan-out failed; going on later", e);
        }
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
