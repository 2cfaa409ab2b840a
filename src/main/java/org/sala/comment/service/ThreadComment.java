package org.sala.comment.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment as readers see it: no email, no IP. {@code bodyHtml} went through the comment
 * sanitiser policy; {@code pending} marks the reader's own comment that still waits;
 * {@code editableUntil} is set on the reader's own comment while they may still edit or delete it.
 */
public record ThreadComment(long id, @Nullable Long parentId, int depth, String threadPath, String authorName,
        @Nullable String authorUrl, boolean byStaff, String bodyHtml, Instant createdAt, boolean pending,
        @Nullable Instant editableUntil) {}
