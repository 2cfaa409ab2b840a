package org.sala.post.domain;

import java.time.Instant;

/** Where a published post lives and its dates, without its text. */
public record PostDateRow(long id, String slug, int publishedMonth, Instant publishedAt, Instant updatedAt) {}
