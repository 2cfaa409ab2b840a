package org.sala.newsletter.domain;

/** Only CONFIRMED subscribers get newsletters. */
public enum SubscriberStatus {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}
