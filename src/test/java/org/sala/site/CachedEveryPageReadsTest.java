package org.sala.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentArrival;
import org.sala.comment.CommentRuleService;
import org.sala.comment.CommentRuleSettings;
import org.sala.comment.TooManyLinks;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.page.PageImportService;
import org.sala.page.PageLink;
import org.sala.page.SitePageService;
import org.sala.page.service.PageDraft;
import org.sala.page.service.PageEditingService;
import org.sala.post.ArchiveService;
import org.sala.post.CategoryLink;
import org.sala.post.PostImportService;
import org.sala.post.PostPublishingService;
import org.sala.post.service.PostDraft;
import org.sala.post.service.PostEditingService;
import org.sala.post.service.TaxonomyEntry;
import org.sala.post.service.TaxonomyService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every page reads is cached (the header's categories and pages, the comment closing rule):
 * a change made in SQL behind the services' back stays unseen, which shows the cache is used,
 * and every way staff change these things shows on the very next read.
 */
@IntegrationTest
class CachedEveryPageReadsTest {

    @Autowired
    TestData data;

    @Autowired
    ArchiveService archive;

    @Autowired
    SitePageService pages;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    PostPublishingService publishing;

    @Autowired
    PostEditingService editing;

    @Autowired
    PostImportService postImports;

    @Autowired
    PageEditingService pageEditing;

    @Autowired
    PageImportService pageImports;

    @Autowired
    CommentRuleService rules;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void site() {
        data.reset();
        data.staff("admin", Role.ADMIN);
        data.publish("First", "Text.", LocalDateTime.of(2025, 3, 1, 9, 0), List.of("Updates"), List.of());
    }

    @Test
    void theHeadersCategoriesFollowEveryChange() {
        assertThat(categories()).containsExactly("Updates");
        jdbc.update("UPDATE category SET name = 'Changed in SQL' WHERE slug = 'updates'");
        assertThat(categories()).as("cached").containsExactly("Updates");

        // a post filed under a new category (publishing, as the demo content and the tests do)
        data.publish("Second", "Text.", LocalDateTime.of(2025, 3, 2, 9, 0), List.of("Events"), List.of());
        assertThat(categories()).containsExactly("Changed in SQL", "Events");

        // an author typing a new category in the editor
        PostDraft draft = new PostDraft();
        draft.setTitle("Third");
        draft.setBody("Text.");
        draft.setCategories(List.of("Field Notes"));
        asAdmin(() -> editing.save(draft));
        assertThat(categories()).containsExactly("Changed in SQL", "Events", "Field Notes");

        // the admins' care of categories
        asAdmin(() -> {
            taxonomy.renameCategory(id("Field Notes"), "Notes from the field");
            return null;
        });
        assertThat(categories()).containsExactly("Changed in SQL", "Events", "Notes from the field");
        asAdmin(() -> {
            taxonomy.mergeCategory(id("Events"), id("Changed in SQL"));
            return null;
        });
        assertThat(categories()).containsExactly("Changed in SQL", "Notes from the field");
        asAdmin(() -> {
            taxonomy.deleteCategory(id("Notes from the field"));
            return null;
        });
        assertThat(categories()).containsExactly("Changed in SQL");

        // demo content and WordPress imports
        publishing.ensureCategory("Publications", "publications");
        assertThat(categories()).containsExactly("Changed in SQL", "Publications");
        postImports.category("Rivers", "rivers", null);
        assertThat(categories()).containsExactly("Changed in SQL", "Publications", "Rivers");
    }

    @Test
    void theHeadersPagesFollowEveryChange() {
        assertThat(pages.navigation()).isEmpty();
        PageDraft about = asAdmin(() -> pageEditing.save(page("About", 1)));
        assertThat(titles()).containsExactly("About");
        jdbc.update("UPDATE site_page SET title = 'Changed in SQL'");
        assertThat(titles()).as("cached").containsExactly("About");

        PageDraft opened = asAdmin(() -> pageEditing.open(about.getId()));
        opened.setTitle("About us");
        PageDraft saved = asAdmin(() -> pageEditing.save(opened));
        assertThat(titles()).containsExactly("About us");

        // demo content and WordPress imports
        pageImports.addPublished("resources", "Resources", "Links.", 2);
        assertThat(titles()).containsExactly("About us", "Resources");
        pageImports.add("contact", "Contact", "Write to us.", 0, true);
        assertThat(titles()).containsExactly("Contact", "About us", "Resources");

        asAdmin(() -> {
            pageEditing.delete(saved.getId());
            return null;
        });
        assertThat(titles()).containsExactly("Contact", "Resources");
    }

    @Test
    void theClosingRuleAppliesToTheNextPageAfterASave() {
        Instant twentyDaysAgo = Instant.now().minusSeconds(20L * 86_400);
        assertThat(submissions.takesComments(true, twentyDaysAgo)).isTrue();
        jdbc.update("UPDATE comment_settings SET close_after_days = 1");
        assertThat(submissions.takesComments(true, twentyDaysAgo)).as("cached").isTrue();

        closeAfter(30);
        assertThat(submissions.takesComments(true, twentyDaysAgo)).isTrue();
        closeAfter(10);
        assertThat(submissions.takesComments(true, twentyDaysAgo)).isFalse();
        closeAfter(null);
        assertThat(submissions.takesComments(true, twentyDaysAgo)).isTrue();
    }

    private void closeAfter(Integer days) {
        data.staff("keeper", Role.MODERATOR);
        data.asStaff("keeper", Role.MODERATOR, () -> rules.save(new CommentRuleSettings(CommentArrival.HOLD_ALL, 2,
                TooManyLinks.HOLD, days, null, null, rules.settings().version())));
    }

    private List<String> categories() {
        return archive.categories().stream().map(CategoryLink::name).toList();
    }

    private List<String> titles() {
        return pages.navigation().stream().map(PageLink::title).toList();
    }

    private long id(String category) {
        return asAdmin(taxonomy::categories).stream().filter(entry -> entry.name().equals(category))
                .mapToLong(TaxonomyEntry::id).findFirst().orElseThrow();
    }

    private <T> T asAdmin(Supplier<T> work) {
        return data.asStaff("admin", Role.ADMIN, work);
    }

    private static PageDraft page(String title, int position) {
        PageDraft page = new PageDraft();
        page.setTitle(title);
        page.setBody("Text.");
        page.setNavPosition(position);
        page.setPublished(true);
        return page;
    }
}
