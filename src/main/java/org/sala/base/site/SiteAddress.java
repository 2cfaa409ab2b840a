package org.sala.base.site;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses on this site, for readers outside it: feed readers, search engines, link
 * previews. The configured base URL wins; without one it is the address of the current request.
 */
@Component
public class SiteAddress {

    private final SiteProperties site;

    SiteAddress(SiteProperties site) {
        this.site = site;
    }

    /** The site's base URL, without a trailing slash. Needs a current request when none is configured. */
    public String baseUrl() {
        if (!site.baseUrl().isEmpty()) {
            return site.baseUrl();
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).fragment(null).build()
                .toUriString().replaceAll("/+$", "");
    }

    /** The absolute URL of a path on the site, given with or without its leading slash. */
    public String absolute(String path) {
        return baseUrl() + "/" + path.replaceFirst("^/+", "");
    }
}
