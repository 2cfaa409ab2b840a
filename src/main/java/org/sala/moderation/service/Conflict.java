package org.sala.moderation.service;

import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentStatus;

/**
 * A decision that was not applied because somebody changed the comment first: what it is now
 * and who last decided on it (null when nobody has).
 */
public record Conflict(long commentId, String authorName, @Nullable CommentStatus currentStatus, @Nullable String decidedBy) {}
