package org.sala.comment;

/** What happens to a comment that no other rule catches. */
public enum CommentArrival {
    /** Every comment waits for a moderator. */
    HOLD_ALL,
    /** Commenters with an approved comment already are published at once; others wait. */
    APPROVE_KNOWN,
    /** Every comment is published at once; moderators review it after (their "To review" list). */
    PUBLISH_AND_REVIEW
}
