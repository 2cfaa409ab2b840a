package org.sala.moderation;

import java.util.Set;

/** A moderator undid the decisions on these comments: mail those decisions caused, and not yet sent, is withdrawn. */
public record CommentDecisionsUndone(Set<Long> commentIds) {

    public CommentDecisionsUndone {
        commentIds = Set.copyOf(commentIds);
    }
}
