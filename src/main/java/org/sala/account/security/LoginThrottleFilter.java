package org.sala.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns a sign-in attempt that has to wait back to the login page, which says for how long. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            String username = request.getParameter("username");
            Optional<Duration> wait = throttle.waitFor(username, request.getRemoteAddr());
            if (wait.isPresent()) {
                log.warn("Sign-in for '{}' from {} held back for {} s after failed attempts", LoginThrottle.forLog(username),
                        request.getRemoteAddr(), wait.get().toSeconds());
                response.sendRedirect(request.getContextPath() + "/login?wait=" + Math.max(1, wait.get().toSeconds()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
