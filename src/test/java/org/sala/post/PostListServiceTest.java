package org.sala.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.post.service.Archive;
import org.sala.post.service.MonthArchiveEntry;
import org.sala.post.service.PostListPage;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PostListServiceTest {

    private static final LocalDateTime START = LocalDateTime.of(2016, 1, 3, 9, 0);

    @Autowired
    TestData data;

    @Autowired
    PostListService posts;

    @Autowired
    ArchiveService archive;

    @BeforeEach
    void reset() {
        data.reset();
    }

    /** Post n is published n weeks after START; even ones are Updates, multiples of 3 Blog. */
    private void publishWeeklyPosts(int count) {
        IntStream.rangeClosed(1, count).forEach(n -> data.publish("Weekly note " + n,
                "First paragraph of note " + n + " with enough words to make an excerpt.\n\nSecond paragraph.",
                START.plusWeeks(n),
                n % 2 == 0 ? List.of("Updates") : n % 3 == 0 ? List.of("Blog") : List.of("Events"),
                n <= 12 ? List.of("early") : List.of()));
    }

    private static List<String> titles(PostListPage page) {
        return page.posts().stream().map(PostSummary::title).toList();
    }

    @Test
    void frontPageShowsTenNewestFirstAndPagesToTheOldest() {
        publishWeeklyPosts(25);

        PostListPage first = posts.frontPage(1);
        assertThat(titles(first)).containsExactlyElementsOf(
                IntStream.iterate(25, n -> n - 1).limit(10).mapToObj(n -> "Weekly note " + n).toList());
        assertThat(first.hasNewer()).isFalse();
        assertThat(first.hasOlder()).isTrue();

        PostListPage third = posts.frontPage(3);
        assertThat(titles(third)).containsExactly("Weekly note 5", "Weekly note 4", "Weekly note 3",
                "Weekly note 2", "Weekly note 1");
        assertThat(third.hasNewer()).isTrue();
        assertThat(third.hasOlder()).isFalse();
    }

    @Test
    void aPageFarPastTheEndIsEmptyButStillLeadsBack() {
        publishWeeklyPosts(3);

        PostListPage page500 = posts.frontPage(500);

        assertThat(page500.posts()).isEmpty();
        assertThat(page500.page()).isEqualTo(500);
        assertThat(page500.hasNewer()).isTrue();
        assertThat(page500.hasOlder()).isFalse();
    }

    @Test
    void summariesCarryExcerptAuthorCategoriesAndAddress() {
        data.publish("Excerpts end in an ellipsis",
                "The **first** paragraph is the excerpt.\n\nThe second paragraph is not.",
                LocalDateTime.of(2017, 6, 21, 10, 0), List.of("Updates", "Events"), List.of("seminar"));

        PostSummary summary = posts.frontPage(1).posts().getFirst();

        assertThat(summary.excerpt()).isEqualTo("The first paragraph is the excerpt.…");
        assertThat(summary.author().name()).isEqualTo("Wren Writer");
        assertThat(summary.categories()).extracting(CategoryLink::name).containsExactly("Updates", "Events");
        assertThat(summary.address().path()).isEqualTo("2017/06/excerpts-end-in-an-ellipsis");
    }

    @Test
    void categoryTagAndAuthorArchivesPageTheirOwnPosts() {
        publishWeeklyPosts(25);

        Archive updates = posts.inCategory("updates", 1).orElseThrow();
        assertThat(updates.name()).isEqualTo("Updates");
        assertThat(titles(updates.page())).hasSize(10).allMatch(title -> number(title) % 2 == 0)
                .first().isEqualTo("Weekly note 24");
        assertThat(updates.page().hasOlder()).isTrue();
        assertThat(titles(posts.inCategory("updates", 2).orElseThrow().page())).containsExactly("Weekly note 4",
                "Weekly note 2");

        Archive early = posts.withTag("early", 2).orElseThrow();
        assertThat(titles(early.page())).containsExactly("Weekly note 2", "Weekly note 1");

        Archive byWriter = posts.byAuthor(TestData.AUTHOR, 3).orElseThrow();
        assertThat(byWriter.name()).isEqualTo("Wren Writer");
        assertThat(byWriter.page().posts()).hasSize(5);

        assertThat(posts.inCategory("no-such-category", 1)).isEmpty();
        assertThat(posts.withTag("no-such-tag", 1)).isEmpty();
        assertThat(posts.byAuthor("nobody", 1)).isEmpty();
    }

    @Test
    void monthArchivesCutMonthsInTheSiteTimeZone() {
        // The site is in Asia/Bangkok (UTC+7): 1 November 00:30 there is still 31 October in UTC.
        data.publish("Last evening of October", "Body.", LocalDateTime.of(2016, 10, 31, 23, 30), List.of("Updates"),
                List.of());
        data.publish("First minutes of November", "Body.", LocalDateTime.of(2016, 11, 1, 0, 30), List.of("Updates"),
                List.of());
        data.publish("Early October", "Body.", LocalDateTime.of(2016, 10, 2, 8, 0), List.of("Updates"), List.of());
        data.publish("Next year", "Body.", LocalDateTime.of(2017, 2, 14, 8, 0), List.of("Blog"), List.of());

        assertThat(titles(posts.inMonth(YearMonth.of(2016, 10), 1)))
                .containsExactly("Last evening of October", "Early October");
        assertThat(titles(posts.inMonth(YearMonth.of(2016, 11), 1))).containsExactly("First minutes of November");
        assertThat(posts.inMonth(YearMonth.of(2016, 12), 1).posts()).isEmpty();

        assertThat(archive.months()).containsExactly(
                new MonthArchiveEntry(YearMonth.of(2017, 2), 1),
                new MonthArchiveEntry(YearMonth.of(2016, 11), 1),
                new MonthArchiveEntry(YearMonth.of(2016, 10), 2));
    }

    @Test
    void categoriesKeepTheirOrder() {
        data.publish("One", "Body.", START, List.of("Updates", "Blog"), List.of());
        data.publish("Two", "Body.", START.plusDays(1), List.of("Newsletters"), List.of());

        assertThat(archive.categories()).extracting(CategoryLink::name)
                .containsExactly("Updates", "Blog", "Newsletters");
    }

    @Test
    void everyPublishedPostCanBeWalkedAChunkAtATime() {
        publishWeeklyPosts(7);

        List<String> walked = new ArrayList<>();
        long afterId = 0;
        List<PostLastModified> chunk;
        do {
            chunk = posts.publishedAfter(afterId, 3);
            assertThat(chunk).hasSizeLessThanOrEqualTo(3);
            for (PostLastModified post : chunk) {
                walked.add(post.address().slug());
                assertThat(post.lastModified()).isNotNull();
                afterId = post.id();
            }
        } while (!chunk.isEmpty());

        assertThat(walked).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 7).mapToObj(n -> "weekly-note-" + n).toList());
    }

    @Test
    void feedsGetTheNewestPostsWithTheirBodies() {
        publishWeeklyPosts(4);

        assertThat(posts.newestWithBodies(2)).extracting(post -> post.summary().title())
                .containsExactly("Weekly note 4", "Weekly note 3");
        assertThat(posts.newestWithBodies(1).getFirst().bodyHtml()).startsWith("<p>First paragraph of note 4");
        assertThat(posts.newestInCategoryWithBodies("updates", 5)).hasValueSatisfying(found -> {
            assertThat(found.category().name()).isEqualTo("Updates");
            assertThat(found.posts()).extracting(post -> post.summary().title())
                    .containsExactly("Weekly note 4", "Weekly note 2");
        });
        assertThat(posts.newestInCategoryWithBodies("no-such-category", 5)).isEmpty();
    }

    private static int number(String title) {
        return Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
    }
}
