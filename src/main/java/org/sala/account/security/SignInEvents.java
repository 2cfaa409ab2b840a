package org.sala.account.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts and logs failed sign-ins for the throttle; a success clears the account's count. */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final LoginThrottle throttle;

    SignInEvents(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String ip = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (event.getException() instanceof SignInUnavailableException) {
            // Not a wrong password: the account could not be read, so nothing counts against it.
            log.warn("Sign-in for '{}' from {} could not be checked: the database is unavailable",
                    LoginThrottle.forLog(event.getAuthentication().getName()), ip);
            return;
        }
        log.warn("Failed sign-in for '{}' from {}: {}", LoginThrottle.forLog(event.getAuthentication().getName()), ip,
                event.getException().getClass().getSimpleName());
        throttle.failed(event.getAuthentication().getName(), ip);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }
}
