package org.sala.post.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sala.base.cache.SiteCaches;
import org.sala.post.Slugs;
import org.sala.post.domain.Category;
import org.sala.post.domain.CategoryRepository;
import org.sala.post.domain.PostRepository;
import org.sala.post.domain.Tag;
import org.sala.post.domain.TagRepository;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where a post is filed: its unique slug, and its categories and tags by name (made when new). */
@Component
public class PostFiling {

    private final PostRepository posts;
    private final CategoryRepository categories;
    private final TagRepository tags;

    PostFiling(PostRepository posts, CategoryRepository categories, TagRepository tags) {
        this.posts = posts;
        this.categories = categories;
        this.tags = tags;
    }

    public String uniqueSlug(String base) {
        return unique(base, posts::existsBySlug);
    }

    /** The categories of these names, new ones made (so the header's list is evicted, after the commit). */
    @Transactional(propagation = Propagation.MANDATORY)
    @CacheEvict(cacheNames = SiteCaches.CATEGORIES, allEntries = true)
    public Set<Category> categoriesNamed(List<String> names) {
        Set<Category> found = new LinkedHashSet<>();
        names.stream().map(String::strip).filter(name -> !name.isEmpty()).forEach(name -> found.add(
                categories.findByName(name).orElseGet(() -> categories.save(new Category(name,
                        unique(Slugs.of(name), slug -> categories.findBySlug(slug).isPresent()),
                        (int) categories.count())))));
        return found;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Tag> tagsNamed(List<String> names) {
        Set<Tag> found = new LinkedHashSet<>();
        names.stream().map(String::strip).filter(name -> !name.isEmpty()).forEach(name -> found.add(
                tags.findByName(name).orElseGet(() -> tags.save(new Tag(name,
                        unique(Slugs.of(name), slug -> tags.findBySlug(slug).isPresent()))))));
        return found;
    }

    public static String unique(String base, Predicate<String> taken) {
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
