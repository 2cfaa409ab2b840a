package org.sala.newsletter.service;

import org.sala.mail.MailProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Moves the open newsletters along in the background, one batch (one transaction) at a time. */
@Component
public class NewsletterFanOut implements SchedulingConfigurer {

    private final NewsletterIssues issues;
    private final MailProperties mail;

    NewsletterFanOut(NewsletterIssues issues, MailProperties mail) {
        this.issues = issues;
        this.mail = mail;
    }

    /** Fans out at the mail sender's pace, every {@code sala.mail.send-interval}, the first time one interval after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::fanOut, mail.sendInterval(), mail.sendInterval()));
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
