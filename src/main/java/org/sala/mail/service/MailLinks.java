package org.sala.mail.service;

import java.util.concurrent.atomic.AtomicReference;
import org.sala.base.site.SiteAddress;
import org.sala.base.site.SiteProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Absolute links for mails. Mails are often written outside any request (scheduled publishing,
 * background fan-out): then the configured {@code sala.site.base-url} is used, or else the
 * address of the last request seen, or else this machine's local address.
 */
@Component
public class MailLinks {

    private final SiteAddress address;
    private final SiteProperties site;
    private final Environment environment;
    private final AtomicReference<String> lastSeen = new AtomicReference<>();

    MailLinks(SiteAddress address, SiteProperties site, Environment environment) {
        this.address = address;
        this.site = site;
        this.environment = environment;
    }

    public String absolute(String path) {
        return baseUrl() + "/" + path.replaceFirst("^/+", "");
    }

    private String baseUrl() {
        if (!site.baseUrl().isEmpty()) {
            return site.baseUrl();
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            String fromRequest = address.baseUrl();
            lastSeen.set(fromRequest);
            return fromRequest;
        }
        String seen = lastSeen.get();
        return seen != null ? seen
                : "http://localhost:" + environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8080"));
    }
}
