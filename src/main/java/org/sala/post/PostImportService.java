package org.sala.post;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.sala.account.Account;
import org.sala.account.AccountService;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.cache.SiteCaches;
import org.sala.base.site.SiteProperties;
import org.sala.post.domain.Category;
import org.sala.post.domain.CategoryRepository;
import org.sala.post.domain.Post;
import org.sala.post.domain.PostRepository;
import org.sala.post.domain.Tag;
import org.sala.post.domain.TagRepository;
import org.sala.post.service.PostFiling;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts, categories and tags written elsewhere (WordPress imports): they keep their dates, status
 * and slugs where free, and their bodies pass the same renderer and sanitiser as any other.
 */
@Service
public class PostImportService {

    private final PostRepository posts;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final AccountService accounts;
    private final PostRenderer renderer;
    private final ApplicationEventPublisher events;
    private final SiteProperties site;
    private final Clock clock;

    PostImportService(PostRepository posts, CategoryRepository categories, TagRepository tags,
            AccountService accounts, PostRenderer renderer, ApplicationEventPublisher events, SiteProperties site,
            Clock clock) {
        this.posts = posts;
        this.categories = categories;
        this.tags = tags;
        this.accounts = accounts;
        this.renderer = renderer;
        this.events = events;
        this.site = site;
        this.clock = clock;
    }

    /** The category of that slug, made (with a name free in Sala) when new; returns its id. */
    @Transactional
    @CacheEvict(cacheNames = SiteCaches.CATEGORIES, allEntries = true)
    public long category(String name, String slug, @Nullable Long parentId) {
        String cleanSlug = Slugs.of(slug.isBlank() ? name : slug);
        Category category = categories.findBySlug(cleanSlug).orElseGet(() -> categories.save(new Category(
                freeName(name.strip(), cleanSlug, candidate -> categories.findByName(candidate).isPresent()),
                cleanSlug, (int) categories.count())));
        if (parentId != null && category.getParentId() == null && !parentId.equals(category.getId())) {
            category.setParentId(parentId);
        }
        events.publishEvent(new ReaderContentChanged("category " + cleanSlug + " imported"));
        return category.getId();
    }

    /** The tag of that slug, made when new; returns its id. */
    @Transactional
    public long tag(String name, String slug) {
        String cleanSlug = Slugs.of(slug.isBlank() ? name : slug);
        return tags.findBySlug(cleanSlug).orElseGet(() -> tags.save(new Tag(
                freeName(name.strip(), cleanSlug, candidate -> tags.findByName(candidate).isPresent()),
                cleanSlug))).getId();
    }

    /** Adds the post under its own slug, or a numbered one when taken; returns its id and slug. */
    @Transactional
    public SavedImport add(ImportedPost imported) {
        Account author = accounts.accountNamed(imported.authorUsername())
                .orElseThrow(() -> new IllegalArgumentException("No account " + imported.authorUsername()));
        String slug = PostFiling.unique(Slugs.of(imported.slug().isBlank() ? imported.title() : imported.slug()),
                posts::existsBySlug);
        Instant created = imported.publishedAt() != null ? imported.publishedAt() : clock.instant();
        Post post = new Post(author, slug, created);
        RenderedPost rendered = renderer.render(imported.bodySource());
        String excerpt = imported.excerpt().isBlank() ? rendered.excerpt() : imported.excerpt();
        post.setContent(imported.title(), imported.bodySource(), rendered.html(), rendered.htmlPolicyVersion(), excerpt,
                imported.modifiedAt() != null ? imported.modifiedAt() : created);
        post.setExcerptSource(imported.excerptSource());
        post.setCategories(new HashSet<>(categories.findAllById(imported.categoryIds())));
        post.setTags(new HashSet<>(tags.findAllById(imported.tagIds())));
        post.setCommentsOpen(imported.commentsOpen());
        if (imported.publishedAt() != null && imported.status() != PostStatus.DRAFT) {
            post.publish(imported.publishedAt(), site.timeZone());
            if (imported.status() == PostStatus.SCHEDULED) {
                post.schedule(imported.publishedAt(), site.timeZone());
            } else if (imported.status() == PostStatus.UNPUBLISHED) {
                post.unpublish();
            }
        }
        posts.save(post);
        if (post.getStatus() == PostStatus.PUBLISHED) {
            // the search index listens (newsletters do not: the post is not news); the import's text
            // is the plain text of the sanitised body
            events.publishEvent(new PostPublished(post.getId(), post.getTitle(), rendered.text().isBlank()
                    ? Jsoup.parse(rendered.html()).text() : rendered.text(), true));
            events.publishEvent(new ReaderContentChanged("post " + post.getId() + " imported"));
        }
        return new SavedImport(post.getId(), post.getSlug());
    }

    public record SavedImport(long id, String slug) {}

    @Transactional(readOnly = true)
    public boolean exists(long postId) {
        return posts.existsById(postId);
    }

    /** Where readers find the post, if it is published. */
    @Transactional(readOnly = true)
    public Optional<PostAddress> addressOf(long postId) {
        return posts.findById(postId).filter(post -> post.getStatus() == PostStatus.PUBLISHED)
                .map(post -> PostAddress.of(Objects.requireNonNull(post.getPublishedMonth()), post.getSlug()));
    }

    /** The name, or when another slug has it already (names are unique in Sala), the name with its slug. */
    @Transactional(readOnly = true)
    public Optional<String> categorySlugOf(long categoryId) {
        return categories.findById(categoryId).map(Category::getSlug);
    }

    @Transactional(readOnly = true)
    public Optional<String> tagSlugOf(long tagId) {
        return tags.findById(tagId).map(Tag::getSlug);
    }

    private static String freeName(String name, String slug, Predicate<String> taken) {
        String base = cut(name.isEmpty() ? slug : name, 100);
        return taken.test(base) ? PostFiling.unique(cut(base + " (" + slug + ")", 94), taken) : base;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
