package org.sala.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteAddress;
import org.sala.base.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Writes feed links, the description and Open Graph tags into the head of a page, where
 * crawlers and link previews read them: the cached reader pages and the first response of a
 * live page alike. Values are set as attributes (escaped by jsoup), never pasted into markup.
 */
@Component
public class PageHeadMetadata {

    static final String RSS = "application/rss+xml";

    private final SiteProperties site;
    private final SiteAddress address;

    PageHeadMetadata(SiteProperties site, SiteAddress address) {
        this.site = site;
        this.address = address;
    }

    void apply(IndexHtmlResponse response) {
        if (response.getUI().isEmpty()) {
            return;
        }
        write(response.getDocument().head(), metadataOf(response.getUI().get()).orElse(PageMetadata.NONE));
    }

    /** The site feed, the page's own feeds and, for an article, its description and preview tags. */
    public void write(Element head, PageMetadata metadata) {
        feedLink(head, site.name(), DiscoveryPaths.SITE_FEED);
        metadata.feeds().forEach(feed -> feedLink(head, feed.title(), feed.path()));
        metadata.article().ifPresent(article -> {
            meta(head, "name", "description", article.description());
            meta(head, "property", "og:title", article.title());
            meta(head, "property", "og:description", article.description());
            meta(head, "property", "og:type", "article");
            meta(head, "property", "og:url", address.absolute(article.path()));
            meta(head, "property", "og:site_name", site.name());
        });
    }

    /** The page's one address, for search engines (a page asked for with other parameters is the same page). */
    public void canonical(Element head, String path) {
        head.appendElement("link").attr("rel", "canonical").attr("href", address.absolute(path));
    }

    /** The innermost view (the route target first, then its layouts) that describes itself. */
    private static Optional<PageMetadata> metadataOf(UI ui) {
        for (HasElement target : ui.getInternals().getActiveRouterTargetsChain()) {
            if (target instanceof HasPageMetadata described) {
                return Optional.of(described.getPageMetadata());
            }
        }
        return Optional.empty();
    }

    private void feedLink(Element head, String title, String path) {
        head.appendElement("link")
                .attr("rel", "alternate")
                .attr("type", RSS)
                .attr("title", title)
                .attr("href", address.absolute(path));
    }

    private static void meta(Element head, String keyAttribute, String key, String content) {
        head.getElementsByAttributeValue(keyAttribute, key).remove();
        head.appendElement("meta").attr(keyAttribute, key).attr("content", content);
    }
}
