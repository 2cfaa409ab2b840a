package org.sala.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import org.sala.base.i18n.ReaderLocales;
import org.springframework.stereotype.Component;

/**
 * Per-session and per-UI setup (the reader's language, a friendly error handler) and the first
 * page response of a live page (its HTTP status, title, feed links, link-preview tags and the
 * reader script that makes its forms live when used).
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final PageHeadMetadata pageHeadMetadata;
    private final VaadinClient client;

    UiSetup(PageHeadMetadata pageHeadMetadata, VaadinClient client) {
        this.pageHeadMetadata = pageHeadMetadata;
        this.client = client;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        client.learn(event.getSource());
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrors()));
        // Every page load makes a new UI: it follows the language chosen since (a cookie), as cached pages do.
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(ReaderLocales.resolve(languageCookie(request).orElse(null),
                        Collections.list(request.getLocales())));
            }
        });
        event.addIndexHtmlRequestListener(InitialUidlEscaping::apply);
        event.addIndexHtmlRequestListener(ResponseStatus::apply);
        event.addIndexHtmlRequestListener(UiSetup::putTitleInPage);
        event.addIndexHtmlRequestListener(pageHeadMetadata::apply);
        event.addIndexHtmlRequestListener(UiSetup::addReaderScript);
        event.addIndexHtmlRequestListener(ContentSecurityPolicy::apply);
    }

    /** The view's title in the page itself, for crawlers and link previews that run no script. */
    private static void putTitleInPage(IndexHtmlResponse response) {
        response.getUI().map(ui -> ui.getInternals().getTitle())
                .filter(title -> title != null && !title.isBlank())
                .ifPresent(title -> response.getDocument().title(title));
    }

    private static void addReaderScript(IndexHtmlResponse response) {
        response.getDocument().head().appendElement("script").attr("src", ReaderScript.path());
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
