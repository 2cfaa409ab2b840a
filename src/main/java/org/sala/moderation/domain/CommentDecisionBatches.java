package org.sala.moderation.domain;

import java.util.Collection;

/** Records many decisions at once (a bulk approve of a thousand comments). */
public interface CommentDecisionBatches {

    /** Inserts the decisions in JDBC batches, in the caller's transaction. */
    void insertAll(Collection<CommentDecision> decisions);
}
