package org.sala.base.html;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stored HTML.
 *
 * @param resanitiseBatchSize rows per transaction when HTML stored under an older sanitiser policy version is
 *     sanitised again after a start
 */
@ConfigurationProperties("sala.html")
public record HtmlProperties(@DefaultValue("200") int resanitiseBatchSize) {

    public HtmlProperties {
        if (resanitiseBatchSize < 1) {
            throw new IllegalArgumentException("sala.html.resanitise-batch-size must be at least 1, not " + resanitiseBatchSize);
        }
    }
}
