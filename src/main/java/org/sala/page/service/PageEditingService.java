package org.sala.page.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.cache.SiteCaches;
import org.sala.page.domain.SitePage;
import org.sala.page.domain.SitePageRepository;
import org.sala.post.InvalidPostException;
import org.sala.post.PostNotFoundException;
import org.sala.post.PostRenderer;
import org.sala.post.RenderedPost;
import org.sala.post.Slugs;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' work on pages: written in Markdown like posts, sanitised by the same policy. Pages are
 * the site's, not an author's: every method is for admins only, so a call from an author's
 * session is refused here too, not only by the view.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PageEditingService {

    /** A site has a handful of pages; the list shows this many at most. */
    static final int MAX_LISTED = 200;

    private final SitePageRepository pages;
    private final PostRenderer renderer;
    private final Validator validator;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    PageEditingService(SitePageRepository pages, PostRenderer renderer, Validator validator, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.pages = pages;
        this.renderer = renderer;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PageDraft> list() {
        return pages.findAllByOrderByNavPositionAscIdAsc(PageRequest.of(0, MAX_LISTED)).stream()
                .map(PageEditingService::draftOf).toList();
    }

    @Transactional(readOnly = true)
    public PageDraft open(long id) {
        return draftOf(pages.findById(id).orElseThrow(() -> new PostNotFoundException(id)));
    }

    public String preview(String markdown) {
        return renderer.render(markdown == null ? "" : markdown).html();
    }

    /** Saves the page and returns it as it now is (with its id, slug and new version). */
    @Transactional
    @CacheEvict(cacheNames = SiteCaches.PAGE_NAVIGATION, allEntries = true)
    public PageDraft save(PageDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<PageDraft> violation : validator.validate(draft)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidPostException(problems);
        }
        Long id = draft.getId();
        SitePage page = id == null ? new SitePage(clock.instant())
                : pages.findById(id).orElseThrow(() -> new PostNotFoundException(id));
        if (draft.getId() != null && page.getVersion() != draft.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(SitePage.class, draft.getId());
        }
        String slug = draft.getSlug() == null || draft.getSlug().isBlank() ? Slugs.of(draft.getTitle()) : draft.getSlug();
        boolean taken = page.getId() == null ? pages.existsBySlug(slug) : pages.existsBySlugAndIdNot(slug, page.getId());
        if (taken) {
            throw new InvalidPostException(Map.of("slug", "authoring.error.slug.taken"));
        }
        RenderedPost rendered = renderer.render(draft.getBody());
        page.setContent(slug, draft.getTitle().strip(), draft.getBody(), rendered.html(), rendered.htmlPolicyVersion(),
                draft.getNavPosition(), draft.isPublished(), clock.instant());
        events.publishEvent(new ReaderContentChanged("page " + slug + " saved"));
        return draftOf(pages.saveAndFlush(page));
    }

    @Transactional
    @CacheEvict(cacheNames = SiteCaches.PAGE_NAVIGATION, allEntries = true)
    public void delete(long id) {
        pages.deleteById(id);
        events.publishEvent(new ReaderContentChanged("page " + id + " deleted"));
    }

    private static PageDraft draftOf(SitePage page) {
        PageDraft draft = new PageDraft();
        draft.setId(page.getId());
        draft.setVersion(page.getVersion());
        draft.setTitle(page.getTitle());
        draft.setSlug(page.getSlug());
        draft.setBody(page.getBodySource());
        draft.setNavPosition(page.getNavPosition());
        draft.setPublished(page.isPublished());
        return draft;
    }
}
