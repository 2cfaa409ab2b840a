package org.sala.wordpress.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** WordPress's dates: "2016-10-05 14:03:00" in UTC or the site's zone, "0000-00-00 00:00:00" for none. */
final class WordPressDates {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WordPressDates() {}

    /** The GMT date when there is one, else the local date read in the site's zone, else the RSS date. */
    static @Nullable Instant of(@Nullable String gmt, @Nullable String local, @Nullable String rfc822, ZoneId siteZone) {
        LocalDateTime inGmt = parse(gmt);
        if (inGmt != null) {
            return inGmt.toInstant(ZoneOffset.UTC);
        }
        LocalDateTime inLocal = parse(local);
        if (inLocal != null) {
            return inLocal.atZone(siteZone).toInstant();
        }
        try {
            return rfc822 == null || rfc822.isBlank() ? null
                    : ZonedDateTime.parse(rfc822.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable LocalDateTime parse(@Nullable String text) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String gmt(@Nullable Instant instant) {
        return instant == null ? "0000-00-00 00:00:00" : FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String local(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "0000-00-00 00:00:00" : FORMAT.format(instant.atZone(zone));
    }
}
