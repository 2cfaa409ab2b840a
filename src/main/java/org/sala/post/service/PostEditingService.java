package org.sala.post.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sala.account.Account;
import org.sala.account.AccountRef;
import org.sala.account.AccountService;
import org.sala.account.Role;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.site.SiteProperties;
import org.sala.media.MediaLibraryService;
import org.sala.media.MediaLink;
import org.sala.post.InvalidPostException;
import org.sala.post.PostAddress;
import org.sala.post.PostNotFoundException;
import org.sala.post.PostPublished;
import org.sala.post.PostRenderer;
import org.sala.post.PostStatus;
import org.sala.post.RenderedPost;
import org.sala.post.Slugs;
import org.sala.post.domain.Category;
import org.sala.post.domain.CategoryRepository;
import org.sala.post.domain.Post;
import org.sala.post.domain.PostRepository;
import org.sala.post.domain.PostSlugRedirect;
import org.sala.post.domain.PostSlugRedirectRepository;
import org.sala.post.domain.PostWorkFilter;
import org.sala.post.domain.Tag;
import org.sala.post.domain.TagRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authors' work on posts: their list, drafts, publishing now or later, unpublishing. Authors
 * work on their own posts; admins on everyone's.
 */
@Service
@PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
public class PostEditingService {

    private final PostRepository posts;
    private final PostSlugRedirectRepository redirects;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final AccountService accounts;
    private final PostFiling filing;
    private final MediaLibraryService media;
    private final PostRenderer renderer;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final SiteProperties site;
    private final Clock clock;

    PostEditingService(PostRepository posts, PostSlugRedirectRepository redirects, CategoryRepository categories,
            TagRepository tags, AccountService accounts, PostFiling filing, MediaLibraryService media, PostRenderer renderer,
            Validator validator, ApplicationEventPublisher events, SiteProperties site, Clock clock) {
        this.posts = posts;
        this.redirects = redirects;
        this.categories = categories;
        this.tags = tags;
        this.accounts = accounts;
        this.filing = filing;
        this.media = media;
        this.renderer = renderer;
        this.validator = validator;
        this.events = events;
        this.site = site;
        this.clock = clock;
    }

    /** The signed-in author's posts (an admin's list has everyone's), newest change first. */
    @Transactional(readOnly = true)
    public List<PostWork> work(PostStatus status, String text, int offset, int limit) {
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit),
                Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        return posts.findAll(PostRepository.matching(filterFor(status, text)), page).stream()
                .map(post -> new PostWork(post.getId(), post.getTitle(), post.getStatus(),
                        post.getAuthor().getDisplayName(), post.getPublishedAt(), post.getUpdatedAt(), address(post)))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(PostStatus status, String text) {
        return posts.count(PostRepository.matching(filterFor(status, text)));
    }

    /** The post as its editor shows it. */
    @Transactional(readOnly = true)
    public EditedPost open(long id) {
        Post post = editable(id);
        PostDraft draft = new PostDraft();
        draft.setId(post.getId());
        draft.setVersion(post.getVersion());
        draft.setTitle(post.getTitle());
        draft.setSlug(post.getSlug());
        draft.setBody(post.getBodySource());
        draft.setExcerpt(post.getExcerptSource() == null ? "" : post.getExcerptSource());
        draft.setCategories(post.getCategories().stream().map(Category::getName).toList());
        draft.setTags(post.getTags().stream().map(Tag::getName).toList());
        draft.setCommentsOpen(post.isCommentsOpen());
        draft.setFeaturedImageId(post.getFeaturedImageId());
        draft.setAttachmentIds(media.attachmentsOf(post.getId()).stream().map(MediaLink::id).toList());
        return new EditedPost(draft, saved(post));
    }

    /** Category names to choose from (there are few; new ones are made by naming them). */
    @Transactional(readOnly = true)
    public List<String> categoryNames() {
        return categories.findAllByOrderByPositionAscNameAsc().stream().map(Category::getName).toList();
    }

    /** Tags whose name holds the text, a page at a time (there can be many). */
    @Transactional(readOnly = true)
    public List<String> tagNames(String text, int offset, int limit) {
        return tags.findByNameContainingOrderByName(text == null ? "" : text.strip(),
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))).stream().map(Tag::getName).toList();
    }

    /** What readers would see of this Markdown: rendered, then sanitised by the post policy. */
    public String preview(String markdown) {
        return renderer.render(markdown == null ? "" : markdown).html();
    }

    /** Saves the post as it is: a new one as a draft, a published one stays published. */
    @Transactional
    public SavedPost save(PostDraft draft) {
        Post post = write(draft);
        if (post.getStatus() == PostStatus.PUBLISHED) {
            announce(post);
            events.publishEvent(new ReaderContentChanged("post " + post.getId() + " edited"));
        }
        return saved(post);
    }

    /** Saves and publishes now (a post that was out before keeps its first date). */
    @Transactional
    public SavedPost publishNow(PostDraft draft) {
        Post post = write(draft);
        boolean wasOut = post.getStatus() == PostStatus.PUBLISHED || post.getStatus() == PostStatus.UNPUBLISHED;
        post.publish(wasOut && post.getPublishedAt() != null ? post.getPublishedAt() : clock.instant(), site.timeZone());
        announce(post);
        events.publishEvent(new ReaderContentChanged("post " + post.getId() + " published"));
        posts.flush();
        return saved(post);
    }

    /** Saves and schedules: the post appears by itself at {@code at}, which must lie ahead. */
    @Transactional
    public SavedPost schedule(PostDraft draft, Instant at) {
        if (at == null || !at.isAfter(clock.instant())) {
            throw new InvalidPostException(Map.of("publishAt", "authoring.error.schedule-past"));
        }
        Post post = write(draft);
        boolean wasPublished = post.getStatus() == PostStatus.PUBLISHED;
        post.schedule(at, site.timeZone());
        if (wasPublished) {
            events.publishEvent(new ReaderContentChanged("post " + post.getId() + " taken back to be scheduled"));
        }
        posts.flush();
        return saved(post);
    }

    /** Takes a published post off the site, or a scheduled one back to draft. */
    @Transactional
    public SavedPost unpublish(long id, long version) {
        Post post = editable(id);
        checkVersion(post, version);
        if (post.getStatus() == PostStatus.PUBLISHED) {
            post.unpublish();
            events.publishEvent(new ReaderContentChanged("post " + post.getId() + " unpublished"));
        } else if (post.getStatus() == PostStatus.SCHEDULED) {
            post.backToDraft();
        }
        posts.flush();
        return saved(post);
    }

    private Post write(PostDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<PostDraft> violation : validator.validate(draft)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidPostException(problems);
        }
        Post post = draft.getId() == null ? newPost(draft) : editable(draft.getId());
        if (draft.getId() != null) {
            checkVersion(post, draft.getVersion());
            changeSlug(post, draft.getSlug());
        }
        RenderedPost rendered = renderer.render(draft.getBody());
        String excerpt = draft.getExcerpt() == null || draft.getExcerpt().isBlank() ? null : draft.getExcerpt().strip();
        post.setContent(draft.getTitle().strip(), draft.getBody(), rendered.html(), rendered.htmlPolicyVersion(),
                excerpt == null ? rendered.excerpt() : excerpt, clock.instant());
        post.setExcerptSource(excerpt);
        post.setCategories(filing.categoriesNamed(draft.getCategories()));
        post.setTags(filing.tagsNamed(draft.getTags()));
        post.setCommentsOpen(draft.isCommentsOpen());
        post.setFeaturedImageId(media.find(draft.getFeaturedImageId()).filter(MediaLink::isImage)
                .map(MediaLink::id).orElse(null));
        posts.saveAndFlush(post);
        media.attach(post.getId(), draft.getAttachmentIds());
        return post;
    }

    private Post newPost(PostDraft draft) {
        String slug;
        if (draft.getSlug() == null || draft.getSlug().isBlank()) {
            slug = filing.uniqueSlug(Slugs.of(draft.getTitle()));
        } else if (posts.existsBySlug(draft.getSlug())) {
            throw new InvalidPostException(Map.of("slug", "authoring.error.slug.taken"));
        } else {
            slug = draft.getSlug();
        }
        AccountRef me = accounts.current();
        Account author = accounts.accountReference(me.id());
        redirects.release(slug);
        return new Post(author, slug, clock.instant());
    }

    /** A new slug for a post that readers may have linked to leaves its old one redirecting. */
    private void changeSlug(Post post, String wanted) {
        if (wanted == null || wanted.isBlank() || wanted.equals(post.getSlug())) {
            return;
        }
        if (posts.existsBySlugAndIdNot(wanted, post.getId())) {
            throw new InvalidPostException(Map.of("slug", "authoring.error.slug.taken"));
        }
        boolean linkable = post.getStatus() == PostStatus.PUBLISHED || post.getStatus() == PostStatus.UNPUBLISHED;
        if (linkable && !redirects.existsById(post.getSlug())) {
            redirects.save(new PostSlugRedirect(post.getSlug(), post.getId(), clock.instant()));
        }
        redirects.release(wanted);
        post.setSlug(wanted);
    }

    private Post editable(long id) {
        Post post = posts.findWithDetailsById(id).orElseThrow(() -> new PostNotFoundException(id));
        AccountRef me = accounts.current();
        if (!me.roles().contains(Role.ADMIN) && post.getAuthor().getId() != me.id()) {
            throw new AccessDeniedException("Post " + id + " belongs to another author");
        }
        return post;
    }

    private static void checkVersion(Post post, long version) {
        if (post.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Post.class, post.getId());
        }
    }

    private PostWorkFilter filterFor(@Nullable PostStatus status, @Nullable String text) {
        AccountRef me = accounts.current();
        return new PostWorkFilter(me.roles().contains(Role.ADMIN) ? null : me.id(), status, text);
    }

    private void announce(Post post) {
        events.publishEvent(new PostPublished(post.getId(), post.getTitle(), renderer.render(post.getBodySource()).text()));
    }

    private static @Nullable PostAddress address(Post post) {
        Integer month = post.getPublishedMonth();
        return month == null ? null : PostAddress.of(month, post.getSlug());
    }

    private static SavedPost saved(Post post) {
        return new SavedPost(post.getId(), post.getVersion(), post.getStatus(), post.getSlug(), post.getPublishedAt(),
                address(post));
    }
}
