package org.sala.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as a reader of a given language expects them. Thai readers get the Buddhist era, as
 * Thai newspapers and offices write it.
 */
public final class ReaderDates {

    private ReaderDates() {}

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return withCalendar(format, locale).format(instant.atZone(zone).toLocalDate());
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        return withCalendar(format, locale).format(instant.atZone(zone));
    }

    public static String month(YearMonth month, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("LLLL y", locale);
        LocalDate firstDay = month.atDay(1);
        return withCalendar(format, locale).format(firstDay);
    }

    private static DateTimeFormatter withCalendar(DateTimeFormatter format, Locale locale) {
        return "th".equals(locale.getLanguage()) ? format.withChronology(ThaiBuddhistChronology.INSTANCE) : format;
    }
}
