package org.sala.base.ui.markup;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * The interface texts in one reader's language, for markup built outside a Vaadin component
 * (the same bundles as {@code getTranslation} in views).
 */
public final class ReaderText {

    private final I18NProvider translations;
    private final Locale locale;

    public ReaderText(I18NProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    public String get(String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    public Locale locale() {
        return locale;
    }
}
