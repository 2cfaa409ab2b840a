package org.sala.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The interface languages: the browser's choice first, a reader's own choice (cookie) over it. */
public final class ReaderLocales {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("th"));
    public static final String COOKIE = "sala-lang";

    private ReaderLocales() {}

    /** The reader's language: their own choice (the cookie's value), else the browser's first supported one. */
    public static Locale resolve(@Nullable String chosen, List<Locale> browserPreferences) {
        return supported(chosen).orElseGet(() -> browserPreferences.stream()
                .map(preference -> supported(preference.toLanguageTag()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(SUPPORTED.getFirst()));
    }

    public static Optional<Locale> supported(@Nullable String languageTag) {
        if (languageTag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }
}
