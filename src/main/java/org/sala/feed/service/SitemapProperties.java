package org.sala.feed.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the sitemap is cut into parts.
 *
 * @param urlsPerFile the most addresses in one part ({@code /sitemap-1.xml}, …); the sitemap
 *     protocol allows 50,000, the default
 */
@ConfigurationProperties("sala.sitemap")
public record SitemapProperties(Integer urlsPerFile) {

    /** The sitemap protocol's limit for one file. */
    public static final int PROTOCOL_LIMIT = 50_000;

    public SitemapProperties {
        if (urlsPerFile == null) {
            urlsPerFile = PROTOCOL_LIMIT;
        }
        if (urlsPerFile < 1 || urlsPerFile > PROTOCOL_LIMIT) {
            throw new IllegalArgumentException(
                    "sala.sitemap.urls-per-file must lie between 1 and " + PROTOCOL_LIMIT + ", not " + urlsPerFile);
        }
    }
}
