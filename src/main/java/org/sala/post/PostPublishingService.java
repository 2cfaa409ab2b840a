package org.sala.post;

import java.time.Clock;
import java.util.Objects;
import org.sala.account.Account;
import org.sala.account.AccountService;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.cache.SiteCaches;
import org.sala.base.site.SiteProperties;
import org.sala.post.domain.Category;
import org.sala.post.domain.CategoryRepository;
import org.sala.post.domain.Post;
import org.sala.post.domain.PostRepository;
import org.sala.post.service.PostFiling;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes posts: renders and sanitises the body, gives the post a unique slug, files it. */
@Service
public class PostPublishingService {

    private final PostRepository posts;
    private final CategoryRepository categories;
    private final PostFiling filing;
    private final AccountService accounts;
    private final PostRenderer renderer;
    private final ApplicationEventPublisher events;
    private final SiteProperties site;
    private final Clock clock;

    PostPublishingService(PostRepository posts, CategoryRepository categories, PostFiling filing,
            AccountService accounts, PostRenderer renderer, ApplicationEventPublisher events,
            SiteProperties site, Clock clock) {
        this.posts = posts;
        this.categories = categories;
        this.filing = filing;
        this.accounts = accounts;
        this.renderer = renderer;
        this.events = events;
        this.site = site;
        this.clock = clock;
    }

    @Transactional
    public PostAddress publish(NewPost newPost) {
        Account author = accounts.accountNamed(newPost.authorUsername())
                .orElseThrow(() -> new IllegalArgumentException("No account " + newPost.authorUsername()));
        RenderedPost rendered = renderer.render(newPost.bodyMarkdown());
        Post post = new Post(author, filing.uniqueSlug(Slugs.of(newPost.title())), clock.instant());
        post.setContent(newPost.title().strip(), newPost.bodyMarkdown(), rendered.html(), rendered.htmlPolicyVersion(),
                rendered.excerpt(), clock.instant());
        post.setCategories(filing.categoriesNamed(newPost.categories()));
        post.setTags(filing.tagsNamed(newPost.tags()));
        post.setCommentsOpen(newPost.commentsOpen());
        post.publish(newPost.publishAt() != null ? newPost.publishAt() : clock.instant(), site.timeZone());
        posts.save(post);
        events.publishEvent(new PostPublished(post.getId(), post.getTitle(), rendered.text()));
        events.publishEvent(new ReaderContentChanged("post " + post.getId() + " published"));
        return PostAddress.of(Objects.requireNonNull(post.getPublishedMonth()), post.getSlug());
    }

    /** Creates the category with that slug if no category has that name yet. */
    @Transactional
    @CacheEvict(cacheNames = SiteCaches.CATEGORIES, allEntries = true)
    public CategoryLink ensureCategory(String name, String slug) {
        Category category = categories.findByName(name.strip()).orElseGet(() -> {
            events.publishEvent(new ReaderContentChanged("category " + name + " added"));
            return categories.save(new Category(name.strip(), slug, (int) categories.count()));
        });
        return new CategoryLink(category.getName(), category.getSlug());
    }
}
