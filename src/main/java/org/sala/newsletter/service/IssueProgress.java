package org.sala.newsletter.service;

import java.time.Instant;

/**
 * How far a newsletter has gone out: subscribers when it started, mails queued so far, and of
 * those how many were sent, wait (also for a retry) or failed for good.
 */
public record IssueProgress(long postId, String title, Instant startedAt, long subscribers, long queued, long sent,
        long waiting, long failed, boolean allQueued) {}
