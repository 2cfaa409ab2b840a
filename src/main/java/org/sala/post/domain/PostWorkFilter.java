package org.sala.post.domain;

import org.jspecify.annotations.Nullable;
import org.sala.post.PostStatus;

/**
 * Which posts an author's list shows: those of {@code authorId} (null: everyone's), with the
 * status (null: any) and the text in the title (null or blank: any).
 */
public record PostWorkFilter(@Nullable Long authorId, @Nullable PostStatus status, @Nullable String text) {}
