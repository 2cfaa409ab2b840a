package org.sala.moderation.service;

import java.time.Duration;

/** What became of a reader's report; {@code retryAfter} matters only when they sent too many too fast. */
public record ReportOutcome(Kind kind, Duration retryAfter) {

    public enum Kind {
        RECEIVED,
        /** This browser reported the comment before: one report per reader per comment. */
        ALREADY_REPORTED,
        /** The comment is not (or no longer) published. */
        NOT_REPORTABLE,
        TOO_FAST,
        /** "Other" needs a few words. */
        NOTE_MISSING,
        NOTE_TOO_LONG
    }

    static ReportOutcome of(Kind kind) {
        return new ReportOutcome(kind, Duration.ZERO);
    }
}
