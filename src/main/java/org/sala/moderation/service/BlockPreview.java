package org.sala.moderation.service;

/**
 * What blocking a commenter would mark as spam, before the moderator chooses: how many comments
 * still wait from their email, from their IP address (0 when it is not known), and from either
 * (each counted once); and whether the comment blocked from is marked too besides those (it is
 * decided on whatever its status, so an approved or rejected one adds one).
 */
public record BlockPreview(long fromEmail, long fromIp, long fromEither, boolean alsoThisOne) {

    /** How many comments {@link ModerationService#block} marks as spam with these choices. */
    public long marked(boolean email, boolean ip) {
        if (!email && !ip) {
            return 0;
        }
        long waiting = email && ip ? fromEither : email ? fromEmail : fromIp;
        return Math.min(waiting, ModerationService.MAX_BLOCKED_AT_ONCE) + (alsoThisOne ? 1 : 0);
    }
}
