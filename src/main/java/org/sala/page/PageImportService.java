package org.sala.page;

import java.time.Clock;
import java.util.Optional;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.cache.SiteCaches;
import org.sala.page.domain.SitePage;
import org.sala.page.domain.SitePageRepository;
import org.sala.post.PostRenderer;
import org.sala.post.RenderedPost;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pages written elsewhere (demo content, imports), rendered and sanitised like any other. */
@Service
public class PageImportService {

    private final SitePageRepository pages;
    private final PostRenderer renderer;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    PageImportService(SitePageRepository pages, PostRenderer renderer, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.pages = pages;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Transactional
    @CacheEvict(cacheNames = SiteCaches.PAGE_NAVIGATION, allEntries = true)
    public void addPublished(String slug, String title, String markdown, int navPosition) {
        SitePage page = new SitePage(clock.instant());
        RenderedPost rendered = renderer.render(markdown);
        page.setContent(slug, title, markdown, rendered.html(), rendered.htmlPolicyVersion(), navPosition, true,
                clock.instant());
        pages.save(page);
        events.publishEvent(new ReaderContentChanged("page " + slug + " imported"));
    }

    /** Adds the page under its slug, or a numbered one when taken; returns its id. */
    @Transactional
    @CacheEvict(cacheNames = SiteCaches.PAGE_NAVIGATION, allEntries = true)
    public long add(String slug, String title, String source, int navPosition, boolean published) {
        String free = slug;
        for (int n = 2; pages.existsBySlug(free); n++) {
            free = slug + "-" + n;
        }
        SitePage page = new SitePage(clock.instant());
        RenderedPost rendered = renderer.render(source);
        page.setContent(free, title, source, rendered.html(), rendered.htmlPolicyVersion(), navPosition, published,
                clock.instant());
        if (published) {
            events.publishEvent(new ReaderContentChanged("page " + free + " imported"));
        }
        return pages.save(page).getId();
    }

    @Transactional(readOnly = true)
    public boolean exists(long pageId) {
        return pages.existsById(pageId);
    }

    @Transactional(readOnly = true)
    public Optional<String> publishedSlugOf(long pageId) {
        return pages.findById(pageId).filter(SitePage::isPublished).map(SitePage::getSlug);
    }
}
