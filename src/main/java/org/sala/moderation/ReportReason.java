package org.sala.moderation;

/** Why a reader reports a published comment. */
public enum ReportReason {
    SPAM,
    ABUSE,
    PERSONAL_INFORMATION,
    OFF_TOPIC,
    OTHER;

    /** Whether the reader must say more: "other" means nothing without words. */
    public boolean needsNote() {
        return this == OTHER;
    }
}
