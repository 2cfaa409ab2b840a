package org.sala.mail.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.mail.domain.MailStatus;

/** A mail as the outbox view lists and shows it. */
public record OutboxEntry(long id, String to, String subject, String topic, MailStatus status, int attempts,
        Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError, String headers, String body) {}
