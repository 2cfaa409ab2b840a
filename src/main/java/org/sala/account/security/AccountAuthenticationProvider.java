package org.sala.account.security;

import org.sala.base.db.DatabaseProblems;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Checks username and password against the accounts (Spring's {@link DaoAuthenticationProvider}).
 * While the database is away it says so, instead of the "internal error" that Spring logs as an
 * error and that would send the person back to "wrong username or password".
 */
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider accounts;

    AccountAuthenticationProvider(DaoAuthenticationProvider accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return accounts.authenticate(authentication);
        } catch (InternalAuthenticationServiceException failed) {
            if (DatabaseProblems.isDatabaseProblem(failed)) {
                throw new SignInUnavailableException(failed);
            }
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return accounts.supports(authentication);
    }
}
