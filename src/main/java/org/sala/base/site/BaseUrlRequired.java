package org.sala.base.site;

import java.net.URI;
import java.net.URISyntaxException;
import org.sala.base.db.StartupRefused;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside development the site's public address must be configured, and be one: without it the
 * absolute links of mails (confirmation and unsubscribe tokens included), feeds and the sitemap
 * would follow whatever Host header a request named. Development is the embedded database (no
 * {@code spring.datasource.url}; the production jar does not even contain it), where links come
 * from the request as the developer typed it.
 */
@Component
class BaseUrlRequired {

    BaseUrlRequired(SiteProperties site, Environment environment) {
        check(site.baseUrl(), environment.getProperty("spring.datasource.url", "").isBlank());
    }

    static void check(String baseUrl, boolean development) {
        if (baseUrl.isEmpty()) {
            if (development) {
                return;
            }
            throw new StartupRefused(
                    "The site's public address is not set. Mails, feeds and the sitemap need absolute links, and taking"
                            + " them from each request would let anyone choose the host name in them.",
                    "Set sala.site.base-url, e.g. SALA_SITE_BASE_URL=https://sala.example.org (in docker compose: in"
                            + " the environment or the .env file).");
        }
        if (!isSiteAddress(baseUrl)) {
            throw new StartupRefused("sala.site.base-url is '%s', which is not a web address.".formatted(baseUrl),
                    "Give the address readers open, with http:// or https://, e.g. SALA_SITE_BASE_URL=https://sala.example.org");
        }
    }

    private static boolean isSiteAddress(String baseUrl) {
        try {
            URI uri = new URI(baseUrl);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
