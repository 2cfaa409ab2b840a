package org.sala.comment;

import java.time.Instant;

/**
 * An approved comment as anyone may see it, for feeds: no email, no IP. {@code bodyHtml} went
 * through the comment sanitiser policy.
 */
public record ApprovedComment(long id, long postId, String authorName, boolean byStaff, String bodyHtml,
        Instant createdAt) {}
