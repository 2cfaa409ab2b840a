package org.sala.comment;

/** The rule that decided where an arriving comment went, kept on the comment for moderators. */
public enum CommentRule {
    BLOCKED_EMAIL,
    BLOCKED_DOMAIN,
    BLOCKED_IP,
    BLOCKED_WORD,
    TOO_MANY_LINKS,
    WATCHED_WORD,
    KNOWN_COMMENTER,
    HOLD_ALL,
    /** Published, then hidden again after readers reported it; the note holds how many reports. */
    REPORTED,
    /** Published at once under "publish and review after"; waits for a moderator's look. */
    REVIEW_AFTER,
    /** The spam filter's score reached the site's threshold; the note holds both. */
    SPAM_FILTER,
    /** Published, then changed by its commenter within the edit window: waits for a moderator again. */
    EDITED
}
