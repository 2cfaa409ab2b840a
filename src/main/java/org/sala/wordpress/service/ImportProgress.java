package org.sala.wordpress.service;

import org.jspecify.annotations.Nullable;

/**
 * Where an import stands: {@code done} of {@code total} items; at the end a report, or the
 * translation key (and its argument) of the error that stopped it before it changed anything.
 */
public record ImportProgress(Phase phase, int done, int total, @Nullable ImportReport report, @Nullable String errorKey,
        @Nullable String errorDetail) {

    public enum Phase {
        CHECKING,
        IMPORTING,
        FINISHED,
        FAILED
    }

    public double fraction() {
        return total == 0 ? (phase == Phase.FINISHED ? 1 : 0) : Math.min(1, (double) done / total);
    }
}
