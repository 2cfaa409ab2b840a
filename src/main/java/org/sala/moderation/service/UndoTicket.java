package org.sala.moderation.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentStatus;

/**
 * What undoing a decision takes: each comment it changed, the version the decision left it at
 * (any later change makes the undo a conflict) and what it was before. Kept by the view that made
 * the decision, never sent to the browser.
 */
public record UndoTicket(List<Step> steps, Instant decidedAt) {

    public static final UndoTicket NONE = new UndoTicket(List.of(), Instant.EPOCH);

    public UndoTicket {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** @param bodyBefore the text before the decision, when the decision edited it */
    public record Step(long commentId, long version, CommentStatus statusBefore, @Nullable String bodyBefore) {

        CommentRef ref() {
            return new CommentRef(commentId, version);
        }
    }
}
