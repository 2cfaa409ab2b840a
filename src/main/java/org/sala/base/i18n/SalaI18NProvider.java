package org.sala.base.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Vaadin's bundle-based provider ({@code vaadin-i18n/translations*.properties}) with the
 * interface languages in a fixed order, English first as the fallback.
 */
@Component
class SalaI18NProvider extends DefaultI18NProvider {

    SalaI18NProvider() {
        super(ReaderLocales.SUPPORTED, SalaI18NProvider.class.getClassLoader());
    }
}
