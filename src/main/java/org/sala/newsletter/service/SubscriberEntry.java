package org.sala.newsletter.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.newsletter.domain.SubscriberStatus;

/** A subscriber as the admin list shows it. */
public record SubscriberEntry(long id, String email, @Nullable String name, SubscriberStatus status, Instant subscribedAt,
        @Nullable Instant confirmedAt, @Nullable Instant unsubscribedAt) {}
