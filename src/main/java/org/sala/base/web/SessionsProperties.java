package org.sala.base.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reader sessions (the full timeout is {@code server.servlet.session.timeout}). A new session gets
 * only the unproven timeout until its client proves it runs the page's script (its push
 * connection, first action or heartbeat) or someone signs in with it: sessions of crawlers, link
 * previews and other clients that run no script go after this, with their Vaadin UI.
 *
 * @param unprovenTimeout how long a session may idle until its client proves it runs; at least 20 s longer than
 *     vaadin.heartbeatInterval
 */
@ConfigurationProperties("sala.sessions")
public record SessionsProperties(@DefaultValue("PT90S") Duration unprovenTimeout) {

    public SessionsProperties {
        if (unprovenTimeout == null || unprovenTimeout.isNegative() || unprovenTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "sala.sessions.unproven-timeout must be a positive duration (such as PT90S), not " + unprovenTimeout);
        }
    }
}
