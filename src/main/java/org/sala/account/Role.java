package org.sala.account;

/** What a signed-in person may do. Readers need no account. */
public enum Role {
    AUTHOR,
    MODERATOR,
    ADMIN
}
