package org.sala.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.Pages;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.component.Mark;
import org.sala.base.ui.component.Pager;
import org.sala.post.ui.PostView;
import org.sala.search.service.PostSearchService;
import org.sala.search.service.SearchHit;
import org.sala.search.service.SearchResults;
import org.sala.search.service.TextRun;

/** Search results at {@code /search?q=...}, best first, the searched words marked. */
@Route("search")
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PostSearchService search;
    private final SiteProperties site;
    private String pageTitle = "";

    public SearchView(PostSearchService search, SiteProperties site) {
        this.search = search;
        this.site = site;
        addClassName("search-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = event.getLocation().getQueryParameters()
                .getSingleParameter(SearchForm.QUERY_PARAMETER).orElse("");
        SearchResults results = search.search(query, Pages.requested(event));
        removeAll();
        add(new H1(getTranslation("search.heading")), new SearchForm("page-search", results.query()));
        if (!results.hasWords()) {
            add(emptyState(query.isBlank() ? "search.enter-words" : "search.no-words"));
            pageTitle = getTranslation("title.plain", getTranslation("search.heading"), site.name());
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("search.results-for") + " ");
        results.termTexts().forEach(term -> summary.add(new Mark(term), new Text(" ")));
        summary.addClassName("search-summary");
        add(summary);
        if (results.hits().isEmpty()) {
            add(emptyState(results.hasPrevious() ? "list.past-the-end" : "search.nothing-found"));
        }
        results.hits().forEach(hit -> add(result(hit)));
        add(new Pager(results.page(), results.hasPrevious(), results.hasMore(),
                page -> link(results.query(), page)));
        pageTitle = getTranslation("title.plain", getTranslation("search.title", results.query()), site.name());
    }

    private Article result(SearchHit hit) {
        RouterLink title = PostView.link(hit.post().address(), "");
        title.add(runs(hit.title()));
        H2 heading = new H2(title);
        heading.addClassName("search-hit-title");
        Paragraph meta = new Paragraph(ReaderDates.date(hit.post().publishedAt(), site.timeZone(), getLocale())
                + " · " + hit.post().author().name());
        meta.addClassName("post-meta");
        Paragraph snippet = new Paragraph(runs(hit.snippet()));
        snippet.addClassName("search-snippet");
        Article article = new Article(heading, meta, snippet);
        article.addClassName("search-hit");
        return article;
    }

    private static Component[] runs(List<TextRun> runs) {
        return runs.stream()
                .map(run -> run.match() ? new Mark(run.text()) : new Text(run.text()))
                .toArray(Component[]::new);
    }

    private Paragraph emptyState(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }

    private static RouterLink link(String query, int page) {
        RouterLink link = new RouterLink(SearchView.class);
        Map<String, List<String>> parameters = new HashMap<>(Pages.query(page).getParameters());
        parameters.put(SearchForm.QUERY_PARAMETER, List.of(query));
        link.setQueryParameters(new QueryParameters(parameters));
        return link;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
