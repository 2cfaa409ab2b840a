package org.sala.base.web;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The safety net for sessions of clients that never run the page's script (crawlers, bots, link
 * previews, curl): every new HTTP session starts with the short {@code sala.sessions.unproven-timeout}
 * and gets the full {@code server.servlet.session.timeout} only once its client proves it runs
 * (see {@link RunningClientProof}) or someone signs in with it. A crawler's session, with its
 * Vaadin UI, so goes after a minute or two instead of holding memory for the full timeout.
 * <p>
 * Signing in counts as proof whatever the session fixation protection does: Spring Security
 * stores the signed-in security context in the session after changing its id (or in the new
 * session it migrated to), and that is seen here.
 */
@Component
@EnableConfigurationProperties(SessionsProperties.class)
public class UnprovenSessions implements HttpSessionListener, HttpSessionAttributeListener {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final Duration unprovenTimeout;

    UnprovenSessions(SessionsProperties properties) {
        this.unprovenTimeout = properties.unprovenTimeout();
    }

    Duration unprovenTimeout() {
        return unprovenTimeout;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        int full = fullTimeoutSeconds(session);
        int unproven = (int) Math.min(Integer.MAX_VALUE, unprovenTimeout.toSeconds());
        if (full <= 0 || unproven < full) {
            session.setMaxInactiveInterval(unproven);
        }
    }

    /** The session's client runs (or its person signed in): from now on the full timeout. */
    public void proven(HttpSession session) {
        int full = fullTimeoutSeconds(session);
        if (session.getMaxInactiveInterval() != full) {
            session.setMaxInactiveInterval(full);
        }
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        signedIn(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        signedIn(event);
    }

    private void signedIn(HttpSessionBindingEvent event) {
        if (HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(event.getName())
                && event.getSession().getAttribute(event.getName()) instanceof SecurityContext context
                && TRUST.isAuthenticated(context.getAuthentication())) {
            proven(event.getSession());
        }
    }

    /**
     * The timeout Tomcat gives every session, from {@code server.servlet.session.timeout} (which
     * Tomcat keeps in whole minutes); zero or less: sessions never time out.
     */
    private static int fullTimeoutSeconds(HttpSession session) {
        int minutes = session.getServletContext().getSessionTimeout();
        return minutes > 0 ? minutes * 60 : -1;
    }
}
