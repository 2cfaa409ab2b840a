package org.sala.site.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of reader pages.
 *
 * @param cacheSize memory for cached reader pages (each kept plain and gzipped)
 */
@ConfigurationProperties("sala.reader-pages")
public record ReaderPagesProperties(@DefaultValue("64MB") DataSize cacheSize) {

    public ReaderPagesProperties {
        if (cacheSize == null || cacheSize.isNegative()) {
            throw new IllegalArgumentException("sala.reader-pages.cache-size must be a size (such as 64MB), not " + cacheSize);
        }
    }
}
