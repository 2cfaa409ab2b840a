package org.sala.feed.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the sitemap is cut into parts.
 *
 * @param urlsPerFile the most addresses in one part of the sitemap (/sitemap-1.xml, …); 1 to 50,000, the
 *     protocol's limit
 */
@ConfigurationProperties("sala.sitemap")
public record SitemapProperties(@DefaultValue("50000") int urlsPerFile) {

    /** The sitemap protocol's limit for one file. */
    public static final int PROTOCOL_LIMIT = 50_000;

    public SitemapProperties {
        if (urlsPerFile < 1 || urlsPerFile > PROTOCOL_LIMIT) {
            throw new IllegalArgumentException(
                    "sala.sitemap.urls-per-file must lie between 1 and " + PROTOCOL_LIMIT + ", not " + urlsPerFile);
        }
    }
}
