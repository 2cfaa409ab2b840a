package org.sala.comment;

/** The lists moderators keep: what they hold in them and what it does to an arriving comment. */
public enum CommentRuleKind {
    /** A word or phrase that marks a comment as spam. */
    BLOCKED_WORD,
    /** A word or phrase that always holds a comment for a moderator. */
    WATCHED_WORD,
    BLOCKED_EMAIL,
    /** An email domain; its subdomains are blocked too. */
    BLOCKED_DOMAIN,
    /** An IP address or a CIDR range (IPv4 or IPv6). */
    BLOCKED_IP
}
