package org.sala.page;

import java.util.List;
import java.util.Optional;
import org.sala.base.cache.SiteCaches;
import org.sala.page.domain.SitePageRepository;
import org.sala.page.service.PageContent;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What readers see of pages: a published page, and the pages the header links to. */
@Service
@Transactional(readOnly = true)
public class SitePageService {

    /** More would not fit a header; the rest are still reachable by their address. */
    static final int MAX_IN_NAVIGATION = 8;

    private final SitePageRepository pages;

    SitePageService(SitePageRepository pages) {
        this.pages = pages;
    }

    public Optional<PageContent> published(String slug) {
        return pages.findBySlugAndPublishedTrue(slug)
                .map(page -> new PageContent(page.getSlug(), page.getTitle(), page.getBodyHtml()));
    }

    /** The published pages in their order; cached, as every page's header links them. */
    @Cacheable(SiteCaches.PAGE_NAVIGATION)
    public List<PageLink> navigation() {
        return pages.findByPublishedTrueOrderByNavPositionAscIdAsc(PageRequest.of(0, MAX_IN_NAVIGATION)).stream()
                .map(page -> new PageLink(page.getTitle(), page.getSlug()))
                .toList();
    }
}
