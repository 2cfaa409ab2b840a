package org.sala.mail;

import org.sala.base.site.SiteAddress;
import org.sala.base.site.SiteProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Absolute links for mails. Mails are often written outside any request (scheduled publishing,
 * background fan-out): then the configured {@code sala.site.base-url} is used, or else this
 * machine's local address. (Not the last request's address: any request could set its Host.)
 */
@Component
public class MailLinks {

    private final SiteAddress address;
    private final SiteProperties site;
    private final Environment environment;

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
            return address.baseUrl();
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
