package org.sala.account.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts and logs failed sign-ins for the throttle, and has the owner told when they pile up; a
 * success clears the account's count.
 */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final LoginThrottle throttle;
    private final SignInWarnings warnings;

    SignInEvents(LoginThrottle throttle, SignInWarnings warnings) {
        this.throttle = throttle;
        this.warnings = warnings;
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
        if (throttle.failed(event.getAuthentication().getName(), ip)) {
            try {
                warnings.failedRepeatedly(event.getAuthentication().getName(), LoginThrottle.FREE_FAILURES_PER_NAME);
            } catch (RuntimeException e) {
                log.warn("Could not queue the failed sign-in mail for '{}': {}",
                        LoginThrottle.forLog(event.getAuthentication().getName()), e.toString());
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }
}
