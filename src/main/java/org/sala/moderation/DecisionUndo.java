package org.sala.moderation;

import java.time.Duration;

/** How long a moderator's decision can be taken back, and so how long the mail it causes waits. */
public final class DecisionUndo {

    /** The moderator is offered to undo a decision this long. */
    public static final Duration OFFERED = Duration.ofSeconds(10);

    /**
     * An undo is still accepted this long after the decision, for a click made in time that
     * arrives late; mail about a decided comment waits as long, so that an undo can withdraw it.
     */
    public static final Duration ACCEPTED = Duration.ofSeconds(15);

    private DecisionUndo() {}
}
