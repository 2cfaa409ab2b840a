package org.sala.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentRuleService;
import org.sala.comment.CommentRuleSettings;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.page.PageImportService;
import org.sala.page.service.PageDraft;
import org.sala.page.service.PageEditingService;
import org.sala.post.PostPublishingService;
import org.sala.post.service.PostDraft;
import org.sala.post.service.PostEditingService;
import org.sala.post.service.ScheduledPublishing;
import org.sala.post.service.TaxonomyService;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cached reader pages change as soon as what they show changes, for every kind of change: each
 * test reads a page twice (the second answer comes from the cache), changes something through
 * the service staff use, and reads the page again right away.
 */
@IntegrationTest
class ReaderPageChangesTest {

    @Autowired
    TestData data;

    @Autowired
    PostEditingService editing;

    @Autowired
    PostPublishingService publishing;

    @Autowired
    ScheduledPublishing scheduled;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    PageImportService pageImport;

    @Autowired
    PageEditingService pageEditing;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    CommentRuleService rules;

    @LocalServerPort
    int port;

    private long postId;
    private String postPath;

    @BeforeEach
    void aSite() {
        data.reset();
        data.staff("admin", Role.ADMIN);
        postId = data.post("The first post", true);
        postPath = "/" + data.address(postId).path();
    }

    @Test
    void aPublishedPostIsOnTheFrontPageAtOnce() {
        cached("/");
        data.publish("A second post", "Text.", LocalDateTime.now().minusHours(1), List.of("Blog"), List.of());
        assertThat(page("/").select(".post-card-title").eachText()).containsExactly("A second post", "The first post");
    }

    @Test
    void anEditedPostShowsItsNewTextAndTitle() {
        cached(postPath);
        cached("/");
        asAdmin(() -> {
            PostDraft draft = editing.open(postId).draft();
            draft.setTitle("The first post, revised");
            draft.setBody("Now with **new** words.");
            return editing.save(draft);
        });
        assertThat(page(postPath).select(".post-body strong").text()).isEqualTo("new");
        assertThat(page("/").select(".post-card-title").text()).isEqualTo("The first post, revised");
    }

    @Test
    void anUnpublishedPostIsGoneAtOnce() {
        cached(postPath);
        asAdmin(() -> editing.unpublish(postId, editing.open(postId).draft().getVersion()));
        assertThat(Http.get(port, postPath).statusCode()).isEqualTo(404);
        assertThat(page("/").select(".post-card")).isEmpty();
    }

    @Test
    void aScheduledPostAppearsWhenItIsDue() {
        Instant at = Instant.now().plusSeconds(3_600);
        asAdmin(() -> {
            PostDraft draft = new PostDraft();
            draft.setTitle("Due in an hour");
            draft.setBody("Text.");
            return editing.schedule(draft, at);
        });
        cached("/");
        assertThat(page("/").select(".post-card-title").eachText()).containsExactly("The first post");
        assertThat(scheduled.publishDue(at.plusSeconds(1))).isEqualTo(1);
        assertThat(page("/").select(".post-card-title").eachText()).contains("Due in an hour");
    }

    @Test
    void anApprovedCommentAppearsAtOnceAndAWaitingOneDoesNot() {
        cached(postPath);
        long id = submissions.submit(postId, null, new CommentDraft("Sokha", "sokha@example.org", "", "Well said 🙏"),
                new ReaderContext("192.0.2.1", ReaderTokens.newToken()));
        assertThat(page(postPath).select(".comment")).isEmpty();
        assertThat(etag(postPath)).as("a comment waiting changes nothing readers see").isEqualTo(etag(postPath));
        data.approve(id);
        Document after = page(postPath);
        assertThat(after.select(".comment-body").text()).isEqualTo("Well said 🙏");
        assertThat(after.select(".comments-heading").text()).isEqualTo("1 comment");
    }

    @Test
    void aRenamedCategoryIsRenamedOnEveryPage() {
        cached("/");
        cached(postPath);
        long blog = asAdmin(() -> taxonomy.categories().getFirst().id());
        asAdmin(() -> {
            taxonomy.renameCategory(blog, "Field Notes");
            return null;
        });
        assertThat(page("/").select(".site-nav a").eachText()).contains("Field Notes").doesNotContain("Blog");
        assertThat(page(postPath).select(".post-categories a").text()).isEqualTo("Field Notes");
    }

    @Test
    void anEditedPageShowsItsNewText() {
        pageImport.addPublished("about", "About us", "We are **few**.", 1);
        cached("/page/about");
        asAdmin(() -> {
            PageDraft draft = pageEditing.open(pageEditing.list().getFirst().getId());
            draft.setBody("We are **many** now.");
            return pageEditing.save(draft);
        });
        assertThat(page("/page/about").select(".post-body strong").text()).isEqualTo("many");
    }

    @Test
    void aChangedCommentRuleClosesTheFormAtOnce() {
        long old = data.post("An old post", true);
        String oldPath = "/" + data.address(old).path();
        assertThat(cached(oldPath).select(".comment-form")).hasSize(1);
        closeCommentsAfterDays(1);
        Document after = page(oldPath);
        assertThat(after.select(".comments-closed").text()).isEqualTo("Comments are closed for this post.");
        assertThat(after.select(".comment-form")).isEmpty();
    }

    @Test
    void commentsThatCloseByThemselvesCloseOnTheCachedPageToo() throws Exception {
        closeCommentsAfterDays(1);
        // published a day ago, less two seconds: its comments close in two seconds
        String path = "/" + publishing.publish(new org.sala.post.NewPost(TestData.AUTHOR, "Closing soon",
                "Text.", List.of("Blog"), List.of(), Instant.now().minusSeconds(86_400 - 2), true)).path();
        assertThat(cached(path).select(".comment-form")).hasSize(1);
        Thread.sleep(3_000);
        assertThat(page(path).select(".comments-closed")).hasSize(1);
    }

    private void closeCommentsAfterDays(int days) {
        data.staff("dara", Role.MODERATOR);
        data.asStaff("dara", Role.MODERATOR, () -> {
            CommentRuleSettings now = rules.settings();
            return rules.save(new CommentRuleSettings(now.arrival(), now.maxLinks(), now.tooManyLinks(), days,
                    now.updatedAt(), now.updatedBy(), now.version()));
        });
    }

    /** Reads the page until it comes from the cache (the first read may make it). */
    private Document cached(String path) {
        Http.get(port, path);
        var response = Http.get(port, path);
        assertThat(response.headers().firstValue("X-Reader-Page")).as(path).contains("cached");
        return Jsoup.parse(Http.text(response));
    }

    private String etag(String path) {
        return Http.get(port, path).headers().firstValue("ETag").orElseThrow();
    }

    /** The page right after a change: made again, not the one cached before. */
    private Document page(String path) {
        var response = Http.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(Http.text(response));
    }

    private <T> T asAdmin(Supplier<T> work) {
        return data.asStaff("admin", Role.ADMIN, work);
    }
}
