package org.sala.newsletter.service;

import java.time.Instant;
import org.sala.newsletter.domain.SubscriberStatus;

/** A subscriber as the admin list shows it. */
public record SubscriberEntry(long id, String email, String name, SubscriberStatus status, Instant subscribedAt,
        Instant confirmedAt, Instant unsubscribedAt) {}
