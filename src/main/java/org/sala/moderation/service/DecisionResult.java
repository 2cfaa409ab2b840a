package org.sala.moderation.service;

import java.util.List;

/** What a decision did: the comments it changed, and those it left because of a conflict. */
public record DecisionResult(List<Long> applied, List<Conflict> conflicts) {

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
