package org.sala.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteAddress;
import org.sala.base.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Per-session setup (the reader's own language choice, a friendly error handler) and the first
 * page response (its HTTP status, title, feed links and link-preview tags).
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final PageHeadMetadata pageHeadMetadata;

    UiSetup(SiteProperties site, SiteAddress address) {
        this.pageHeadMetadata = new PageHeadMetadata(site, address);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            languageCookie(init.getRequest()).flatMap(ReaderLocales::supported)
                    .ifPresent(locale -> init.getSession().setLocale(locale));
            init.getSession().setErrorHandler(new FriendlyErrors());
        });
        event.addIndexHtmlRequestListener(InitialUidlEscaping::apply);
        event.addIndexHtmlRequestListener(ResponseStatus::apply);
        event.addIndexHtmlRequestListener(UiSetup::putTitleInPage);
        event.addIndexHtmlRequestListener(pageHeadMetadata::apply);
        event.addIndexHtmlRequestListener(ContentSecurityPolicy::apply);
    }

    /** The view's title in the page itself, for crawlers and link previews that run no script. */
    private static void putTitleInPage(IndexHtmlResponse response) {
        response.getUI().map(ui -> ui.getInternals().getTitle())
                .filter(title -> title != null && !title.isBlank())
                .ifPresent(title -> response.getDocument().title(title));
    }

    private static Optional<String> languageCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> ReaderLocales.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).findFirst();
    }
}
