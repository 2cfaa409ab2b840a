package org.sala.site.ui;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.base.web.RequestIdFilter;
import org.sala.page.PageLink;
import org.sala.page.SitePageSource;
import org.sala.post.CategoryLink;
import org.sala.search.SearchMarkup;
import org.sala.site.web.LanguageChoice;

/** The frame of every reader page as markup: skip link, header, footer, and the error pages. */
public final class SiteMarkup {

    static final String MAIN_ID = "main";

    private SiteMarkup() {}

    static Element skipLink(ReaderText text) {
        return Markup.link("#" + MAIN_ID, text.get("layout.skip-to-content")).addClass("skip-link");
    }

    /**
     * Site name, the categories to read by, the search box and the language choice.
     *
     * @param here the page's own address with its query, where a change of language returns to
     */
    static Element header(SiteProperties site, List<CategoryLink> categories, List<PageLink> pages, String here,
            ReaderText text) {
        Element brand = Markup.element("div", "site-brand")
                .appendChild(Markup.link("/", site.name()).addClass("site-name"))
                .appendChild(Markup.text("p", "site-tagline", text.get("layout.tagline")));
        Element tools = Markup.element("div", "site-tools")
                .appendChild(SearchMarkup.form("header-search", null, text))
                .appendChild(languages(here, text));
        Element items = new Element("ul");
        categories.forEach(category -> items.appendElement("li")
                .appendChild(Markup.link("/" + category.path(), category.name())));
        items.appendElement("li").appendChild(Markup.link("/archives", text.get("archives.link")));
        pages.forEach(page -> items.appendElement("li").addClass("site-nav-page")
                .appendChild(Markup.link(SitePageSource.path(page), page.title())));
        Element nav = Markup.element("nav", "site-nav").attr("aria-label", text.get("layout.categories"))
                .appendChild(items);
        return Markup.element("header", "site-header")
                .appendChild(Markup.element("div", "site-header-top").appendChild(brand).appendChild(tools))
                .appendChild(nav);
    }

    /** Links that switch the interface language and come back here; the choice is kept in a cookie. */
    private static Element languages(String here, ReaderText text) {
        Element switcher = Markup.element("div", "language-switcher").attr("role", "group")
                .attr("aria-label", text.get("layout.language"));
        for (Locale locale : ReaderLocales.SUPPORTED) {
            Element link = Markup.link(LanguageChoice.href(locale, here), locale.getDisplayLanguage(locale))
                    .attr("lang", locale.toLanguageTag()).attr("hreflang", locale.toLanguageTag())
                    .attr("rel", "nofollow");
            if (locale.getLanguage().equals(text.locale().getLanguage())) {
                link.attr("aria-current", "true");
            }
            switcher.appendChild(link);
        }
        return switcher;
    }

    /** What the footer says besides the mailing-list form. */
    static Element footerInfo(SiteProperties site, boolean signedIn, ReaderText text) {
        Element staff = signedIn
                ? Markup.link("/staff", text.get("layout.footer.staff-area"))
                : Markup.link("/login", text.get("layout.footer.staff-sign-in"));
        return Markup.element("div", "site-footer-info")
                .appendChild(Markup.text("p", "", text.get("layout.footer.about", site.name())))
                .appendChild(Markup.element("div", "site-footer-links")
                        .appendChild(Markup.link("/archives", text.get("archives.link")))
                        .appendChild(staff.addClass("staff-link")))
                .appendChild(Markup.text("p", "site-footer-copyright", text.get("layout.footer.copyright",
                        String.valueOf(Year.now(site.timeZone()).getValue()), site.name())));
    }

    /** An unknown address: a plain "not found" with ways back. */
    static Element notFound(ReaderText text) {
        return Markup.element("div", "not-found-view")
                .appendChild(Markup.text("h1", "", text.get("not-found.heading")))
                .appendChild(Markup.text("p", "", text.get("not-found.text")))
                .appendChild(SearchMarkup.form("not-found-search", null, text))
                .appendChild(new Element("p").appendChild(Markup.link("/", text.get("not-found.home"))))
                .appendChild(new Element("p").appendChild(Markup.link("/archives", text.get("archives.link"))));
    }

    /** A request the site cannot answer, such as an address whose query is not valid UTF-8 (400). */
    static Element badRequest(String heading, String explanation, String home) {
        return Markup.element("div", "bad-request-view")
                .appendChild(Markup.text("h1", "", heading))
                .appendChild(Markup.text("p", "", explanation))
                .appendChild(new Element("p").appendChild(Markup.link("/", home)));
    }

    /** A page that failed to open: a database outage says "try again in a moment". */
    static Element error(boolean unavailable, ReaderText text) {
        Element error = Markup.element("div", "error-view")
                .appendChild(Markup.text("h1", "", text.get("error.heading")))
                .appendChild(Markup.text("p", "", text.get(unavailable ? "error.unavailable" : "error.page-failed")))
                .appendChild(new Element("p").appendChild(Markup.link("/", text.get("not-found.home"))));
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            // what the reader can quote to the site's team, who find it in the log
            error.appendChild(Markup.text("p", "error-reference", text.get("error.reference", requestId)));
        }
        return error;
    }
}
