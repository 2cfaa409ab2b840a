package org.sala.newsletter.service;

/** What opening a confirmation or unsubscribe link did. */
public enum LinkResult {
    DONE,
    ALREADY_DONE,
    EXPIRED,
    INVALID
}
