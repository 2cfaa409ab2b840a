package org.sala.post.service;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.sala.base.cache.ReaderContentChanged;
import java.util.List;
import java.util.Map;
import org.sala.base.cache.SiteCaches;
import org.sala.base.text.LikePatterns;
import org.sala.post.domain.Category;
import org.sala.post.domain.CategoryRepository;
import org.sala.post.domain.TaxonomyCount;
import org.sala.post.domain.Tag;
import org.sala.post.domain.TagRepository;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' care of categories and tags: renaming (the slug stays, so links keep working),
 * merging one into another and deleting. Posts only gain or lose the category or tag; their
 * text, and so the search index, stays as it is.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TaxonomyService {

    /** As long as the {@code name} columns of {@code category} and {@code tag}. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final long NONE = -1;

    private final CategoryRepository categories;
    private final TagRepository tags;
    private final ApplicationEventPublisher events;

    TaxonomyService(CategoryRepository categories, TagRepository tags, ApplicationEventPublisher events) {
        this.categories = categories;
        this.tags = tags;
        this.events = events;
    }

    private void readersSee(String change) {
        events.publishEvent(new ReaderContentChanged(change));
    }

    /** Every category with its number of posts, in the readers' order (there are few). */
    @Transactional(readOnly = true)
    public List<TaxonomyEntry> categories() {
        return categories.findAllWithPostCounts().stream().map(TaxonomyService::entry).toList();
    }

    /** Tags whose name holds the text, by name, a page at a time (there can be many). */
    @Transactional(readOnly = true)
    public List<TaxonomyEntry> tags(String text, int offset, int limit) {
        return tagsExcept(NONE, text, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countTags(String text) {
        return tags.countMatching(LikePatterns.containing(text), NONE);
    }

    /** Tags a tag could be merged into: those whose name holds the text, but not the tag itself. */
    @Transactional(readOnly = true)
    public List<TaxonomyEntry> tagsExcept(long tagId, String text, int offset, int limit) {
        return tags.findWithPostCounts(LikePatterns.containing(text), tagId, Math.max(1, limit), Math.max(0, offset))
                .stream().map(TaxonomyService::entry).toList();
    }

    @Transactional
    @CacheEvict(cacheNames = SiteCaches.CATEGORIES, allEntries = true)
    public void renameCategory(long id, String name) {
        Category category = category(id);
        String wanted = checkedName(name);
        if (categories.existsByNameAndIdNot(wanted, id)) {
            throw new InvalidTaxonomyException(Map.of("name", "taxonomy.error.category-name-taken"));
        }
        category.rename(wanted);
        categories.flush();
        readersSee("category " + id + " renamed");
    }

    @Transactional
    public void renameTag(long id, String name) {
        Tag tag = tag(id);
        String wanted = checkedName(name);
        if (tags.existsByNameAndIdNot(wanted, id)) {
            throw new InvalidTaxonomyException(Map.of("name", "taxonomy.error.tag-name-taken"));
        }
        tag.rename(wanted);
        tags.flush();
        readersSee("tag " + id + " renamed");
    }

    /** Files every post of the source under the target (once), then deletes the source. */
    @Transactional
    @CacheEvict(cacheNames = SiteCaches.CATEGORIES, allEntries = true)
    public void mergeCategory(long sourceId, @Nullable Long targetId) {
        checkTarget(sourceId, targetId);
        category(sourceId);
        category(Objects.requireNonNull(targetId)); // checkTarget refused null
        categories.addPostsOf(sourceId, targetId);
        categories.removeFromPosts(sourceId);
        categories.deleteById(sourceId);
        readersSee("category " + sourceId + " merged");
    }

    /** Gives every post of the source the target (once), then deletes the source. */
    @Transactional
    public void mergeTag(long sourceId, @Nullable Long targetId) {
        checkTarget(sourceId, targetId);
        tag(sourceId);
        tag(Objects.requireNonNull(targetId)); // checkTarget refused null
        tags.addPostsOf(sourceId, targetId);
        tags.removeFromPosts(sourceId);
        tags.deleteById(sourceId);
        readersSee("tag " + sourceId + " merged");
    }

    /** Deletes the category; its posts keep their other categories. */
    @Transactional
    @CacheEvict(cacheNames = SiteCaches.CATEGORIES, allEntries = true)
    public void deleteCategory(long id) {
        category(id);
        categories.removeFromPosts(id);
        categories.deleteById(id);
        readersSee("category " + id + " deleted");
    }

    /** Deletes the tag; its posts keep their other tags. */
    @Transactional
    public void deleteTag(long id) {
        tag(id);
        tags.removeFromPosts(id);
        tags.deleteById(id);
        readersSee("tag " + id + " deleted");
    }

    private Category category(long id) {
        return categories.findById(id)
                .orElseThrow(() -> new InvalidTaxonomyException(Map.of("entry", "taxonomy.error.gone")));
    }

    private Tag tag(long id) {
        return tags.findById(id)
                .orElseThrow(() -> new InvalidTaxonomyException(Map.of("entry", "taxonomy.error.gone")));
    }

    private static String checkedName(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new InvalidTaxonomyException(Map.of("name", "taxonomy.error.name-required"));
        }
        if (wanted.codePointCount(0, wanted.length()) > MAX_NAME_LENGTH) {
            throw new InvalidTaxonomyException(Map.of("name", "taxonomy.error.name-too-long"));
        }
        return wanted;
    }

    private static void checkTarget(long sourceId, @Nullable Long targetId) {
        if (targetId == null) {
            throw new InvalidTaxonomyException(Map.of("target", "taxonomy.error.target-required"));
        }
        if (targetId == sourceId) {
            throw new InvalidTaxonomyException(Map.of("target", "taxonomy.error.merge-into-itself"));
        }
    }

    private static TaxonomyEntry entry(TaxonomyCount count) {
        return new TaxonomyEntry(count.getId(), count.getName(), count.getSlug(), count.getPosts());
    }
}
