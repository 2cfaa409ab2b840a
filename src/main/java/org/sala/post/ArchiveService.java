package org.sala.post;

import java.time.YearMonth;
import java.util.List;
import org.sala.base.cache.SiteCaches;
import org.sala.post.domain.CategoryRepository;
import org.sala.post.domain.PostRepository;
import org.sala.post.service.MonthArchiveEntry;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What readers browse by: the categories and the months that have posts. */
@Service
@Transactional(readOnly = true)
public class ArchiveService {

    private final PostRepository posts;
    private final CategoryRepository categories;

    ArchiveService(PostRepository posts, CategoryRepository categories) {
        this.posts = posts;
        this.categories = categories;
    }

    /** The categories in the readers' order; cached, as every page's header shows them. */
    @Cacheable(SiteCaches.CATEGORIES)
    public List<CategoryLink> categories() {
        return categories.findAllByOrderByPositionAscNameAsc().stream()
                .map(category -> new CategoryLink(category.getName(), category.getSlug()))
                .toList();
    }

    public List<MonthArchiveEntry> months() {
        return posts.countPublishedByMonth().stream()
                .map(count -> new MonthArchiveEntry(
                        YearMonth.of(count.getYearMonth() / 100, count.getYearMonth() % 100), count.getPosts()))
                .toList();
    }
}
