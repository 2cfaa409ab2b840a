package org.sala.base.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on requests.
 *
 * @param maxRequestSize larger request bodies are refused with 413 before anything reads them (file uploads have
 *     sala.media.max-size)
 */
@ConfigurationProperties("sala.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize) {

    public WebProperties {
        if (maxRequestSize == null || maxRequestSize.isNegative()) {
            throw new IllegalArgumentException("sala.web.max-request-size must be a size (such as 1MB), not " + maxRequestSize);
        }
    }
}
