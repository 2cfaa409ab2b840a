package org.sala.post;

import java.time.Instant;

/** Consecutive published posts in id order: the last one's id and when the newest change among them was. */
public record PublishedSpan(long lastId, Instant lastModified) {}
