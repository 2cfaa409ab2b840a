package org.sala.mail.domain;

/** Where a mail in the outbox is: waiting (also between retries), being sent, sent, or given up. */
public enum MailStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
