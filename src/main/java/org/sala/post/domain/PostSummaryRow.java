package org.sala.post.domain;

import java.time.Instant;

/** The columns a post list shows, without the body. */
public record PostSummaryRow(long id, String slug, String title, String excerpt, Instant publishedAt,
        int publishedMonth, String authorUsername, String authorName, int commentCount) {}
