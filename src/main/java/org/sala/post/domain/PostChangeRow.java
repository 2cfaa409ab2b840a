package org.sala.post.domain;

import java.time.Instant;

/** The highest id, the newest publication date and the newest change among some posts; all null for none. */
public record PostChangeRow(Long lastId, Instant publishedAt, Instant updatedAt) {}
