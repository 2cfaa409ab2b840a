package org.sala.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a sign-in attempt that has to wait back to the login page, which says for how long. A
 * browser that signed in to the account before skips the account's delay (not its address's);
 * a successful sign-in makes the browser known.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;
    private final KnownBrowsers knownBrowsers;

    LoginThrottleFilter(LoginThrottle throttle, KnownBrowsers knownBrowsers) {
        this.throttle = throttle;
        this.knownBrowsers = knownBrowsers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod()) || !"/login".equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        String username = request.getParameter("username");
        Optional<Duration> wait = throttle.waitFor(username, request.getRemoteAddr(), known(request, username));
        if (wait.isPresent()) {
            log.warn("Sign-in for '{}' from {} held back for {} s after failed attempts", LoginThrottle.forLog(username),
                    request.getRemoteAddr(), wait.get().toSeconds());
            response.sendRedirect(request.getContextPath() + "/login?wait=" + Math.max(1, wait.get().toSeconds()));
            return;
        }
        chain.doFilter(request, new RememberOnSuccess(request, response));
    }

    private boolean known(HttpServletRequest request, String username) {
        try {
            return knownBrowsers.isKnown(request, username);
        } catch (RuntimeException e) {
            // The key could not be read (database away): the browser is treated as unknown.
            log.warn("Could not tell whether the browser is known to '{}': {}", LoginThrottle.forLog(username),
                    e.toString());
            return false;
        }
    }

    /** Sets the known-browser cookie when the sign-in succeeded, as the success handler redirects. */
    private final class RememberOnSuccess extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean done;

        RememberOnSuccess(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            rememberIfSignedIn();
            super.sendRedirect(location);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            rememberIfSignedIn();
            super.sendRedirect(location, status, clearBuffer);
        }

        private void rememberIfSignedIn() {
            if (done) {
                return;
            }
            done = true;
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
                try {
                    knownBrowsers.remember(request, (HttpServletResponse) getResponse(), signedIn.getName());
                } catch (RuntimeException e) {
                    log.warn("Could not mark the browser as known to '{}': {}", LoginThrottle.forLog(signedIn.getName()),
                            e.toString());
                }
            }
        }
    }
}
