package org.sala.account.domain;

/** What a signed-in person may do. Readers need no account. */
public enum Role {
    AUTHOR,
    MODERATOR,
    ADMIN
}
