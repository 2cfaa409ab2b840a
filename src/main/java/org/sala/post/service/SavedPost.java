package org.sala.post.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.post.PostAddress;
import org.sala.post.PostStatus;

/** What a save did: the post's id and new version, its status, slug and (scheduled) date. */
public record SavedPost(long id, long version, PostStatus status, String slug, @Nullable Instant publishedAt,
        @Nullable PostAddress address) {}
