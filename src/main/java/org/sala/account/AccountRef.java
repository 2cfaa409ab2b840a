package org.sala.account;

import java.util.Set;

/** What other features need to know of an account: never its password hash. */
public record AccountRef(long id, String username, String displayName, Set<Role> roles) {

    static AccountRef of(Account account) {
        return new AccountRef(account.getId(), account.getUsername(), account.getDisplayName(), account.getRoles());
    }
}
