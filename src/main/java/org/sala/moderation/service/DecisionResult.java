package org.sala.moderation.service;

import java.util.List;

/**
 * What a decision did: the comments it changed, those it left because of a conflict, and how to
 * undo it ({@link UndoTicket#NONE} for what cannot be undone: a reply, an undo).
 */
public record DecisionResult(List<Long> applied, List<Conflict> conflicts, UndoTicket undo) {

    public DecisionResult(List<Long> applied, List<Conflict> conflicts) {
        this(applied, conflicts, UndoTicket.NONE);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
