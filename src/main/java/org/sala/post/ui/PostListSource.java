package org.sala.post.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.Pages;
import org.sala.base.ui.ReaderPage;
import org.sala.base.ui.ReaderPageSource;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.PostMarkup;
import org.sala.post.service.PostListPage;

/** A heading over one page of posts: the front page and every archive. */
abstract class PostListSource implements ReaderPageSource {

    /** What one list page shows; {@code path} is the list's own address, without a page number. */
    protected record Listing(String heading, PostListPage page, String emptyMessage, String path,
            PageMetadata metadata) {

        Listing(String heading, PostListPage page, String emptyMessage, String path) {
            this(heading, page, emptyMessage, path, PageMetadata.NONE);
        }
    }

    protected final SiteProperties site;
    private final I18NProvider translations;

    protected PostListSource(SiteProperties site, I18NProvider translations) {
        this.site = site;
        this.translations = translations;
    }

    /** The listing for this address and page, or empty when the archive does not exist (404). */
    protected abstract Optional<Listing> listing(ReaderRequest request, ReaderText text);

    /** What some lists show under the posts. */
    protected Optional<Element> afterList(ReaderRequest request, ReaderText text) {
        return Optional.empty();
    }

    @Override
    public ReaderPage render(ReaderRequest request) {
        ReaderText text = new ReaderText(translations, request.locale());
        Optional<Listing> found = listing(request, text);
        if (found.isEmpty()) {
            return ReaderPage.notFound();
        }
        Listing listing = found.get();
        int page = listing.page().page();
        Element view = Markup.element("div", "list-view");
        view.appendChild(Markup.text("h1", "list-heading", listing.heading()));
        view.appendChild(PostMarkup.list(listing.page(), site.timeZone(), listing.emptyMessage(),
                number -> Pages.href(listing.path(), number), text));
        afterList(request, text).ifPresent(view::appendChild);
        String title = page > 1
                ? text.get("title.paged", listing.heading(), page, site.name())
                : text.get("title.plain", listing.heading(), site.name());
        return ReaderPage.of(title, listing.metadata(), view, Pages.href(listing.path(), page));
    }
}
