package org.sala.moderation.service;

/** The decision is older than {@link org.sala.moderation.DecisionUndo#ACCEPTED}: it stands. */
public class UndoTooLateException extends RuntimeException {

    public UndoTooLateException() {
        super("Too late to undo this decision");
    }
}
