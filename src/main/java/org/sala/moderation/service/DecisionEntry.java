package org.sala.moderation.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentStatus;

/**
 * One line of a comment's history. {@code from} is null for a comment created already decided;
 * {@code undo} says the line took back the one before it.
 */
public record DecisionEntry(String moderatorName, @Nullable CommentStatus from, CommentStatus to, boolean bodyEdited,
        Instant decidedAt, boolean undo) {}
