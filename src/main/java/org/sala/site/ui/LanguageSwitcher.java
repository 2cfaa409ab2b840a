package org.sala.site.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.sala.base.i18n.ReaderLocales;
import java.util.Locale;

/** Buttons that switch the interface language; the choice is kept in a cookie. */
public class LanguageSwitcher extends Div {

    public LanguageSwitcher() {
        addClassName("language-switcher");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("layout.language"));
        for (Locale locale : ReaderLocales.SUPPORTED) {
            NativeButton button = new NativeButton(locale.getDisplayLanguage(locale), click -> choose(locale));
            button.getElement().setAttribute("lang", locale.toLanguageTag());
            boolean current = locale.getLanguage().equals(getLocale().getLanguage());
            button.getElement().setAttribute("aria-pressed", String.valueOf(current));
            add(button);
        }
    }

    private void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        Cookie cookie = new Cookie(ReaderLocales.COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
        UI.getCurrent().getPage().reload();
    }
}
