package org.sala.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.Pages;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.ReaderPage;
import org.sala.base.ui.ReaderPageSource;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.PagerMarkup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.PostMarkup;
import org.sala.search.SearchMarkup;
import org.sala.search.service.PostSearchService;
import org.sala.search.service.SearchHit;
import org.sala.search.service.SearchResults;

/** Search results at {@code /search?q=...}, best first, the searched words marked. */
@org.springframework.stereotype.Component
class SearchPage implements ReaderPageSource {

    private final PostSearchService search;
    private final SiteProperties site;
    private final I18NProvider translations;

    SearchPage(PostSearchService search, SiteProperties site, I18NProvider translations) {
        this.search = search;
        this.site = site;
        this.translations = translations;
    }

    @Override
    public Class<? extends Component> view() {
        return SearchView.class;
    }

    @Override
    public ReaderPage render(ReaderRequest request) {
        ReaderText text = new ReaderText(translations, request.locale());
        String query = request.query(SearchMarkup.QUERY_PARAMETER).orElse("");
        SearchResults results = search.search(query, request.page());
        Element view = Markup.element("div", "search-view")
                .appendChild(Markup.text("h1", "", text.get("search.heading")))
                .appendChild(SearchMarkup.form("page-search", results.query(), text));
        if (!results.hasWords()) {
            view.appendChild(Markup.text("p", "empty-state",
                    text.get(query.isBlank() ? "search.enter-words" : "search.no-words")));
            return ReaderPage.of(text.get("title.plain", text.get("search.heading"), site.name()), PageMetadata.NONE,
                    view, SearchMarkup.PATH);
        }
        Element summary = view.appendElement("p").addClass("search-summary").appendText(text.get("search.results-for") + " ");
        results.termTexts().forEach(term -> summary.appendChild(Markup.text("mark", "", term)).appendText(" "));
        if (results.hits().isEmpty()) {
            view.appendChild(Markup.text("p", "empty-state",
                    text.get(results.hasPrevious() ? "list.past-the-end" : "search.nothing-found")));
        }
        results.hits().forEach(hit -> view.appendChild(hit(hit, text)));
        view.appendChild(PagerMarkup.pager(results.page(), results.hasPrevious(), results.hasMore(),
                page -> href(results.query(), page), text));
        return ReaderPage.of(text.get("title.plain", text.get("search.title", results.query()), site.name()),
                PageMetadata.NONE, view, href(results.query(), results.page()));
    }

    private Element hit(SearchHit hit, ReaderText text) {
        Element title = SearchMarkup.withMarks(new Element("a").attr("href", PostMarkup.path(hit.post().address())),
                hit.title());
        return Markup.element("article", "search-hit")
                .appendChild(Markup.element("h2", "search-hit-title").appendChild(title))
                .appendChild(Markup.text("p", "post-meta",
                        ReaderDates.date(hit.post().publishedAt(), site.timeZone(), text.locale()) + " · "
                                + hit.post().author().name()))
                .appendChild(SearchMarkup.withMarks(Markup.element("p", "search-snippet"), hit.snippet()));
    }

    private static String href(String query, int page) {
        String first = SearchMarkup.PATH + "?" + SearchMarkup.QUERY_PARAMETER + "="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return page > 1 ? first + "&" + Pages.PARAMETER + "=" + page : first;
    }
}
