package org.sala.moderation;

/**
 * A moderator rejected the comment and gave the commenter this reason (the moderators' text,
 * never the comment's). Published inside the deciding transaction.
 */
public record CommentRejectedWithReason(long commentId, String reason) {}
