package org.sala.base.site;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site as readers see it.
 *
 * @param name the site's name in the header, footer and page titles
 * @param timeZone the zone in which dates are shown and month archives are cut
 * @param baseUrl the site's public address (https://sala.example.org) for the absolute links of mails, feeds, the
 *     sitemap and link previews; required in production, empty in development to take it from each request
 */
@ConfigurationProperties("sala.site")
public record SiteProperties(
        @DefaultValue("Sala") String name,
        @DefaultValue("Asia/Bangkok") ZoneId timeZone,
        @DefaultValue("") String baseUrl) {

    public SiteProperties {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("sala.site.name must not be empty");
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("sala.site.time-zone must name a time zone, such as Asia/Bangkok");
        }
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }
}
