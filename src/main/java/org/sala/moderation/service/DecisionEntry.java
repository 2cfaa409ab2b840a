package org.sala.moderation.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentStatus;

/** One line of a comment's history. {@code from} is null for a comment created already decided. */
public record DecisionEntry(String moderatorName, @Nullable CommentStatus from, CommentStatus to, boolean bodyEdited,
        Instant decidedAt) {}
