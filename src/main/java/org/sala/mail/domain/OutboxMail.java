package org.sala.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One mail to one address, kept until it is sent (and afterwards, for the outbox view). */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "to_address", nullable = false, length = 254)
    private String toAddress;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    /** "Name: value" lines. */
    @Column(nullable = false, columnDefinition = "TEXT")
    private String headers;

    @Column(nullable = false, length = 100)
    private String topic;

    @Column(name = "dedup_key", length = 150)
    private @Nullable String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "last_error", length = 1000)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected OutboxMail() {}

    public OutboxMail(String toAddress, String subject, String body, String headers, String topic, @Nullable String dedupKey,
            Instant now) {
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.headers = headers;
        this.topic = topic;
        this.dedupKey = dedupKey;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void claim(Instant now) {
        status = MailStatus.SENDING;
        claimedAt = now;
    }

    public void sent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up when that is null. */
    public void failed(@Nullable String error, @Nullable Instant retryAt) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (retryAt == null) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = retryAt;
        }
    }

    /** Sent again by hand after it was given up. */
    public void retryNow(Instant now) {
        status = MailStatus.PENDING;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getHeaders() {
        return headers;
    }

    public String getTopic() {
        return topic;
    }

    public @Nullable String getDedupKey() {
        return dedupKey;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }
}
