package org.sala.account.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The password could not be checked because the database is away: not the person's mistake. */
class SignInUnavailableException extends AuthenticationServiceException {

    SignInUnavailableException(Throwable cause) {
        super("The accounts cannot be read right now", cause);
    }
}
