package org.sala.comment.service;

import java.time.Instant;

/**
 * A comment as readers see it: no email, no IP. {@code bodyHtml} went through the comment
 * sanitiser policy; {@code pending} marks the reader's own comment that still waits.
 */
public record ThreadComment(long id, Long parentId, int depth, String threadPath, String authorName,
        String authorUrl, boolean byStaff, String bodyHtml, Instant createdAt, boolean pending) {}
