package org.sala.site.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.PageHeadMetadata;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.ReaderPage;
import org.sala.base.ui.ReaderScript;
import org.sala.base.ui.VaadinClient;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.newsletter.SubscribeMarkup;
import org.springframework.stereotype.Component;

/**
 * A whole reader page as one HTML document, for a reader without a session: the head (title,
 * description, Open Graph, feeds, canonical address, the application's stylesheets) and the
 * same frame and content markup a live page shows, plus an empty, hidden {@code #outlet} where
 * the reader script starts Vaadin's client when the reader acts.
 */
@Component
public class ReaderDocument {

    public static final String CACHED_PAGE_ID = "reader-page";

    private final ReaderFrame frame;
    private final SiteProperties site;
    private final I18NProvider translations;
    private final PageHeadMetadata headMetadata;
    private final VaadinClient client;

    ReaderDocument(ReaderFrame frame, SiteProperties site, I18NProvider translations, PageHeadMetadata headMetadata,
            VaadinClient client) {
        this.frame = frame;
        this.site = site;
        this.translations = translations;
        this.headMetadata = headMetadata;
        this.client = client;
    }

    /**
     * @param here the page's address with its query, where the language links come back to
     * @param base the site's root path ({@code /}), which the live page's routes are relative to
     */
    public String html(ReaderPage page, Locale locale, String here, String base) {
        ReaderText text = new ReaderText(translations, locale);
        Document document = new Document("");
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        document.appendChild(new DocumentType("html", "", ""));
        Element html = document.appendElement("html").attr("lang", locale.toLanguageTag());
        head(html.appendElement("head"), page, text, base);
        Element body = html.appendElement("body");
        Element main = Markup.element("main", "site-main").attr("id", SiteMarkup.MAIN_ID).attr("tabindex", "-1")
                .appendChild(Objects.requireNonNull(page.content())); // not-found and redirect pages are replaced before
        Element footer = Markup.element("footer", "site-footer")
                .appendChild(SubscribeMarkup.island(text, false))
                .appendChild(SiteMarkup.footerInfo(site, false, text));
        body.appendElement("div").attr("id", CACHED_PAGE_ID)
                .appendChild(Markup.element("div", "site").attr("lang", locale.toLanguageTag())
                        .appendChild(SiteMarkup.skipLink(text))
                        .appendChild(frame.header(here, text))
                        .appendChild(main)
                        .appendChild(footer));
        body.appendElement("div").attr("id", "outlet").attr("hidden", true);
        return document.outerHtml();
    }

    private void head(Element head, ReaderPage page, ReaderText text, String base) {
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta").attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1, viewport-fit=cover");
        head.appendElement("base").attr("href", base);
        head.appendElement("title").text(page.title());
        client.stylesheets().forEach(sheet -> head.appendElement("link").attr("rel", "stylesheet").attr("href", sheet));
        head.appendElement("link").attr("rel", "icon").attr("href", VaadinClient.FAVICON).attr("sizes", "any");
        head.appendElement("script").attr("src", ReaderScript.path())
                .attr("data-flow-entry", String.join(" ", client.entryScripts()))
                .attr("data-flow-development", String.valueOf(client.isDevelopment()))
                .attr("data-start-failed", text.get("reader.start-failed"));
        headMetadata.write(head, page.metadata());
        if (page.found()) {
            headMetadata.canonical(head, page.canonicalPath());
        }
    }

    /** The page for an address where there is nothing (404). */
    public ReaderPage notFound(Locale locale) {
        ReaderText text = new ReaderText(translations, locale);
        return new ReaderPage(404, text.get("title.plain", text.get("not-found.heading"), site.name()),
                PageMetadata.NONE, SiteMarkup.notFound(text), "", java.util.Optional.empty(), java.util.Optional.empty());
    }

    /**
     * The page for a request the site cannot answer, with its status (4xx): 400 for an address it
     * cannot read, such as one whose query is not valid UTF-8; any other is refused in general words.
     */
    public ReaderPage refused(Locale locale, int status) {
        ReaderText text = new ReaderText(translations, locale);
        String heading = text.get(status == 400 ? "bad-request.heading" : "error.heading");
        return new ReaderPage(status, text.get("title.plain", heading, site.name()), PageMetadata.NONE,
                SiteMarkup.badRequest(heading, text.get(status == 400 ? "bad-request.text" : "request-refused.text"),
                        text.get("not-found.home")),
                "", java.util.Optional.empty(), java.util.Optional.empty());
    }

    /** The page for an address that could not be shown: 503 while the database is away, else 500. */
    public ReaderPage failed(Locale locale, boolean unavailable) {
        ReaderText text = new ReaderText(translations, locale);
        return new ReaderPage(unavailable ? 503 : 500, text.get("title.plain", text.get("error.heading"), site.name()),
                PageMetadata.NONE, SiteMarkup.error(unavailable, text), "", java.util.Optional.empty(),
                java.util.Optional.empty());
    }
}
