package org.sala.base.site;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site as readers see it.
 *
 * @param name shown in the header and in page titles
 * @param timeZone the zone in which dates are shown and month archives are cut
 * @param baseUrl the site's public address ({@code https://sala.example.org}) for the absolute
 *     links of feeds, the sitemap and link previews; empty to take it from each request
 */
@ConfigurationProperties("sala.site")
public record SiteProperties(String name, ZoneId timeZone, String baseUrl) {

    public SiteProperties {
        if (name == null || name.isBlank()) {
            name = "Sala";
        }
        if (timeZone == null) {
            timeZone = ZoneId.of("Asia/Bangkok");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }
}
