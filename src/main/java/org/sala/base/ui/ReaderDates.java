package org.sala.base.ui;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.Locale;

/**
 * Dates as a reader of a given language expects them. Thai readers get the Buddhist era, as
 * Thai newspapers and offices write it.
 */
public final class ReaderDates {

    private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> DATE_TIMES = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> MONTHS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> TIMES = new ConcurrentHashMap<>();

    private ReaderDates() {}

    /** Formatters kept per cache at most: readers' pages use the few supported languages. */
    private static final int MAX_KEPT = 16;

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return formatter(DATES, locale, language -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language)).format(instant.atZone(zone).toLocalDate());
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return formatter(DATE_TIMES, locale, language -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(language)).format(instant.atZone(zone));
    }

    /** The time of day only, for a moment within the next hours. */
    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return formatter(TIMES, locale, language -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(language)).format(instant.atZone(zone));
    }

    public static String month(YearMonth month, Locale locale) {
        return formatter(MONTHS, locale, language -> DateTimeFormatter.ofPattern("LLLL y", language))
                .format(month.atDay(1));
    }

    /** Formatters are immutable: one per language is kept rather than built for every date on a page. */
    private static DateTimeFormatter formatter(Map<Locale, DateTimeFormatter> kept, Locale locale,
            Function<Locale, DateTimeFormatter> make) {
        DateTimeFormatter found = kept.get(locale);
        if (found == null) {
            found = withCalendar(make.apply(locale), locale);
            if (kept.size() < MAX_KEPT) {
                kept.put(locale, found);
            }
        }
        return found;
    }

    private static DateTimeFormatter withCalendar(DateTimeFormatter format, Locale locale) {
        return "th".equals(locale.getLanguage()) ? format.withChronology(ThaiBuddhistChronology.INSTANCE) : format;
    }
}
