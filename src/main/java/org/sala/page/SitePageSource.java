package org.sala.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.ReaderPage;
import org.sala.base.ui.ReaderPageSource;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.page.service.PageContent;
import org.sala.page.ui.SitePageView;

/** A page outside the blog, such as "About", at {@code /page/{slug}}. */
@org.springframework.stereotype.Component
public class SitePageSource implements ReaderPageSource {

    private final SitePageService pages;
    private final SiteProperties site;
    private final I18NProvider translations;

    SitePageSource(SitePageService pages, SiteProperties site, I18NProvider translations) {
        this.pages = pages;
        this.site = site;
        this.translations = translations;
    }

    /** Where a page lives, as the header links to it. */
    public static String path(PageLink page) {
        return "/page/" + page.slug();
    }

    @Override
    public Class<? extends Component> view() {
        return SitePageView.class;
    }

    @Override
    public ReaderPage render(ReaderRequest request) {
        PageContent page = pages.published(request.parameter("slug")).orElse(null);
        if (page == null) {
            return ReaderPage.notFound();
        }
        ReaderText text = new ReaderText(translations, request.locale());
        Element article = Markup.element("article", "post").appendChild(Markup.text("h1", "post-title", page.title()));
        Markup.appendSanitized(article.appendElement("div").addClass("post-body"), page.bodyHtml());
        return ReaderPage.of(text.get("title.plain", page.title(), site.name()), PageMetadata.NONE,
                Markup.element("div", "site-page-view").appendChild(article), "/page/" + page.slug());
    }
}
