package org.sala.feed.service;

import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteAddress;
import org.springframework.stereotype.Component;

/** What crawlers may read: everything but the staff area and the sign-in page; and where the sitemap is. */
@Component
public class RobotsTxt {

    private final SiteAddress address;

    RobotsTxt(SiteAddress address) {
        this.address = address;
    }

    public String text() {
        return """
                User-agent: *
                Allow: /
                Disallow: /staff
                Disallow: /login

                Sitemap: %s
                """.formatted(address.absolute(DiscoveryPaths.SITEMAP));
    }
}
