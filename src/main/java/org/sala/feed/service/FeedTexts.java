package org.sala.feed.service;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The words of the feeds, from the interface translations. Feeds are fetched by programs that
 * rarely say which language they want, so they speak the fallback language.
 */
@Component
class FeedTexts {

    private static final Locale LANGUAGE = ReaderLocales.SUPPORTED.getFirst();

    private final I18NProvider translations;
    private final SiteProperties site;

    FeedTexts(I18NProvider translations, SiteProperties site) {
        this.translations = translations;
        this.site = site;
    }

    String get(String key, Object... parameters) {
        return translations.getTranslation(key, LANGUAGE, parameters);
    }

    /** "Something – Sala", as page titles read. */
    String titled(String something) {
        return get("title.plain", something, site.name());
    }
}
