package org.sala.base.site;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site as readers see it.
 *
 * @param name shown in the header and in page titles
 * @param timeZone the zone in which dates are shown and month archives are cut
 */
@ConfigurationProperties("sala.site")
public record SiteProperties(String name, ZoneId timeZone) {

    public SiteProperties {
        if (name == null || name.isBlank()) {
            name = "Sala";
        }
        if (timeZone == null) {
            timeZone = ZoneId.of("Asia/Bangkok");
        }
    }
}
