package org.sala.post;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A post written elsewhere (a WordPress import). {@code bodySource} is what the editor will show
 * and the renderer turns into the body (it may be sanitised HTML); {@code excerpt} is plain text;
 * {@code publishedAt} is null for drafts.
 */
public record ImportedPost(String authorUsername, String slug, String title, String bodySource, String excerpt,
        @Nullable String excerptSource, PostStatus status, @Nullable Instant publishedAt, @Nullable Instant modifiedAt, boolean commentsOpen,
        Set<Long> categoryIds, Set<Long> tagIds) {}
