package org.sala.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.post.service.PostDraft;
import org.sala.post.service.PostEditingService;
import org.sala.post.service.PostWork;
import org.sala.post.service.SavedPost;
import org.sala.post.service.ScheduledPublishing;
import org.sala.search.service.PostSearchService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class PostEditingServiceTest {

    @Autowired
    TestData data;

    @Autowired
    PostEditingService editing;

    @Autowired
    ScheduledPublishing scheduled;

    @Autowired
    PostListService lists;

    @Autowired
    PostPageService pages;

    @Autowired
    PostSearchService search;

    @LocalServerPort
    int port;

    @BeforeEach
    void authors() {
        data.reset();
        data.staff("malee", Role.AUTHOR);
        data.staff("vanna", Role.AUTHOR);
        data.staff("admin", Role.ADMIN);
    }

    @Test
    void aDraftStaysOffTheSiteUntilItIsPublished() {
        SavedPost draft = asMalee(() -> editing.save(draft("Field notes from Chiang Rai", "Notes **here**.")));

        assertThat(draft.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(draft.slug()).isEqualTo("field-notes-from-chiang-rai");
        assertThat(frontPageTitles()).isEmpty();
        assertThat(pages.published(draft.slug())).isEmpty();

        PostDraft opened = asMalee(() -> editing.open(draft.id())).draft();
        SavedPost published = asMalee(() -> editing.publishNow(opened));

        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(frontPageTitles()).containsExactly("Field notes from Chiang Rai");
        assertThat(search.search("Chiang Rai", 1).hits()).hasSize(1);
    }

    @Test
    void authorsMarkdownIsSanitisedInThePostAndInThePreview() {
        String markdown = """
                ## Heading
                <script>alert(1)</script><img src="x" onerror="alert(2)">

                A [link](javascript:alert(3)) in a paragraph.

                | a | b |
                |---|---|
                | 1 | 2 |

                ![map](https://example.org/map.png)
                """;

        String preview = asMalee(() -> editing.preview(markdown));
        SavedPost post = asMalee(() -> editing.publishNow(draft("Safe markup", markdown)));
        String html = pages.published(post.slug()).orElseThrow().bodyHtml();

        for (String rendered : List.of(preview, html)) {
            assertThat(rendered).contains("<h2>Heading</h2>", "<table>", "<img src=\"https://example.org/map.png\" alt=\"map\" />")
                    .doesNotContain("<script", "onerror", "href=\"javascript");
        }
    }

    @Test
    void aScheduledPostAppearsByItselfWhenItIsDue() {
        Instant at = Instant.now().plus(Duration.ofHours(1));
        SavedPost post = asMalee(() -> editing.schedule(draft("Webinar next week", "Join us."), at));

        assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(scheduled.publishDue(Instant.now())).isZero();
        assertThat(frontPageTitles()).isEmpty();

        assertThat(scheduled.publishDue(at.plusSeconds(1))).isEqualTo(1);
        assertThat(frontPageTitles()).containsExactly("Webinar next week");
        assertThat(pages.published(post.slug()).orElseThrow().publishedAt()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));

        assertThatThrownBy(() -> asMalee(() -> editing.schedule(draft("Too late", "x"), Instant.now().minusSeconds(60))))
                .isInstanceOfSatisfying(InvalidPostException.class,
                        invalid -> assertThat(invalid.problems()).containsKey("publishAt"));
    }

    @Test
    void aChangedSlugKeepsOldLinksWorkingWithAPermanentRedirect() throws Exception {
        SavedPost post = asMalee(() -> editing.publishNow(draft("Old title", "Body.")));
        PostDraft edited = asMalee(() -> editing.open(post.id())).draft();
        edited.setSlug("a-better-address");
        SavedPost moved = asMalee(() -> editing.save(edited));

        String oldPath = "/" + post.address().path();
        String newPath = "/" + moved.address().path();
        assertThat(newPath).endsWith("/a-better-address");
        HttpResponse<Void> old = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + oldPath)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).contains(newPath);

        SavedPost other = asMalee(() -> editing.save(draft("Another", "Body.")));
        PostDraft clash = asMalee(() -> editing.open(other.id())).draft();
        clash.setSlug("a-better-address");
        assertThatThrownBy(() -> asMalee(() -> editing.save(clash)))
                .isInstanceOfSatisfying(InvalidPostException.class,
                        invalid -> assertThat(invalid.problems()).containsEntry("slug", "authoring.error.slug.taken"));
        PostDraft badSlug = asMalee(() -> editing.open(other.id())).draft();
        badSlug.setSlug("Not a slug!");
        assertThatThrownBy(() -> asMalee(() -> editing.save(badSlug))).isInstanceOf(InvalidPostException.class);
    }

    @Test
    void unpublishingTakesThePostOffAndRepublishingKeepsItsDate() {
        SavedPost post = asMalee(() -> editing.publishNow(draft("Here and gone", "Body.")));
        SavedPost off = asMalee(() -> editing.unpublish(post.id(), post.version()));

        assertThat(off.status()).isEqualTo(PostStatus.UNPUBLISHED);
        assertThat(frontPageTitles()).isEmpty();
        assertThat(search.search("gone", 1).hits()).isEmpty();

        SavedPost back = asMalee(() -> editing.publishNow(editing.open(post.id()).draft()));
        assertThat(back.publishedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(post.publishedAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(frontPageTitles()).containsExactly("Here and gone");
    }

    @Test
    void anExplicitExcerptReplacesTheFirstParagraph() {
        PostDraft draft = draft("With an excerpt", "First paragraph.\n\nSecond.");
        draft.setExcerpt("A summary in Khmer: សេចក្តីសង្ខេប");
        asMalee(() -> editing.publishNow(draft));

        assertThat(lists.frontPage(1).posts()).extracting(PostSummary::excerpt)
                .containsExactly("A summary in Khmer: សេចក្តីសង្ខេប");
    }

    @Test
    void authorsWorkOnTheirOwnPostsAndAdminsOnAll() {
        SavedPost malees = asMalee(() -> editing.save(draft("Malee's draft", "x")));
        data.asStaff("vanna", Role.AUTHOR, () -> editing.save(draft("Vanna's draft", "y")));

        assertThat(asMalee(() -> editing.work(null, null, 0, 10))).extracting(PostWork::title)
                .containsExactly("Malee's draft");
        assertThat(data.asStaff("admin", Role.ADMIN, () -> editing.work(null, null, 0, 10))).extracting(PostWork::title)
                .containsExactlyInAnyOrder("Malee's draft", "Vanna's draft");
        assertThat(data.asStaff("admin", Role.ADMIN, () -> editing.count(PostStatus.PUBLISHED, null))).isZero();
        assertThatThrownBy(() -> data.asStaff("vanna", Role.AUTHOR, () -> editing.open(malees.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.asStaff("admin", Role.ADMIN, () -> editing.open(malees.id())).draft().getTitle())
                .isEqualTo("Malee's draft");
        assertThatThrownBy(() -> editing.work(null, null, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> data.asStaff("dara", Role.MODERATOR, () -> editing.preview("x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSaveOverSomebodyElsesNewerSaveIsRefused() {
        SavedPost post = asMalee(() -> editing.save(draft("Shared draft", "v1")));
        PostDraft mine = asMalee(() -> editing.open(post.id())).draft();
        PostDraft theirs = data.asStaff("admin", Role.ADMIN, () -> editing.open(post.id())).draft();
        theirs.setBody("v2 by admin");
        data.asStaff("admin", Role.ADMIN, () -> editing.save(theirs));

        mine.setBody("v2 by malee");
        assertThatThrownBy(() -> asMalee(() -> editing.save(mine)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(asMalee(() -> editing.open(post.id())).draft().getBody()).isEqualTo("v2 by admin");
    }

    private List<String> frontPageTitles() {
        return lists.frontPage(1).posts().stream().map(PostSummary::title).toList();
    }

    private <T> T asMalee(Supplier<T> work) {
        return data.asStaff("malee", Role.AUTHOR, work);
    }

    private static PostDraft draft(String title, String body) {
        PostDraft draft = new PostDraft();
        draft.setTitle(title);
        draft.setBody(body);
        draft.setCategories(List.of("Blog"));
        return draft;
    }
}
