package org.sala.post.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.post.PostAddress;
import org.sala.post.PostStatus;

/**
 * A post in an author's list. {@code publishedAt} is the publication (or scheduled) time, null
 * for a draft never published; {@code address} is null until it has one.
 */
public record PostWork(long id, String title, PostStatus status, String authorName, @Nullable Instant publishedAt,
        Instant updatedAt, @Nullable PostAddress address) {}
