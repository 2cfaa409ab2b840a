package org.sala.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.comment.CommentAuthor;
import org.sala.comment.CommentImportService;
import org.sala.comment.CommentStatus;
import org.sala.post.PostAddress;
import org.sala.post.PostPageService;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reader pages in Chromium: readable and navigable with scripts off, and with scripts on the live
 * page takes the cached one's place when the reader starts writing (a comment, a reply, the
 * mailing list) or asks for more comments, keeping what was typed and where the reader was.
 */
@IntegrationTest
class ReaderPagesBrowserTest extends BrowserTest {

    private static final String TITLE = "Notes from the river crossing";

    @Autowired
    TestData data;

    @Autowired
    CommentImportService comments;

    @Autowired
    PostPageService posts;

    private String postPath;
    private String olderPath;

    @BeforeEach
    void aPostWithManyComments() {
        data.reset();
        olderPath = "/" + data.publish("An older post", "Older text.", LocalDateTime.now().minusDays(3), List.of("Blog"),
                List.of()).path();
        PostAddress address = data.publish(TITLE, "The ferry runs **twice** a day. ທ່າເຮືອ", LocalDateTime.now()
                .minusDays(1), List.of("Blog"), List.of());
        postPath = "/" + address.path();
        long postId = posts.published(address.slug()).orElseThrow().id();
        Long thread = null;
        for (int i = 1; i <= 55; i++) {
            long id = comments.add(postId, i % 2 == 0 ? thread : null,
                    new CommentAuthor("Reader " + i, "reader" + i + "@example.org", null, "192.0.2.1", null),
                    "Comment number " + i, CommentStatus.APPROVED, Instant.now().minusSeconds(7_200 - i));
            thread = i % 2 == 1 ? id : thread;
        }
    }

    @Test
    void withScriptsOffEverythingCanBeReadAndWritingSaysItNeedsThem() {
        BrowserContext noScript = browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        try {
            Page page = noScript.newPage();
            page.navigate(url("/"));
            assertThat(page.locator(".post-card")).hasCount(2);
            page.locator(".post-card-title a").filter(new Locator.FilterOptions().setHasText(TITLE)).click();
            assertThat(page.locator("h1.post-title")).hasText(TITLE);
            assertThat(page.locator(".post-body strong")).hasText("twice");
            assertThat(page.locator(".comments-heading")).hasText("55 comments");
            assertThat(page.locator(".comment")).hasCount(50);
            assertThat(page.locator(".needs-script").first()).containsText("Writing a comment needs JavaScript");
            assertThat(page.locator(".comment-form input[name=name]")).isDisabled();
            screenshot(page, "reader-01-no-script-post");

            page.locator(".comments-load-more").click();
            assertThat(page.locator(".comment")).hasCount(5);
            assertThat(page.locator(".comment .comment-body").first()).hasText("Comment number 51");
            page.locator(".post-neighbours a").click();
            assertThat(page.locator("h1.post-title")).hasText("An older post");
            page.locator(".site-nav a").filter(new Locator.FilterOptions().setHasText("Archives")).click();
            assertThat(page.locator("h1")).hasText("Archives");
            page.locator(".language-switcher a[lang=th]").click();
            assertThat(page.locator("h1")).hasText("คลังโพสต์");
        } finally {
            noScript.close();
        }
    }

    @Test
    void writingACommentStartsTheLivePageInPlaceAndKeepsWhatWasTyped() {
        Page reader = newPage();
        List<String> uidlRequests = uidlRequestsOf(reader);
        reader.navigate(url(postPath));
        assertThat(isCachedPage(reader)).isTrue();
        reader.evaluate("() => { window.__sameDocument = true; }");
        String article = reader.locator("#reader-page article.post").innerHTML();
        String header = reader.locator("#reader-page .site-header").innerHTML();
        String firstComments = reader.locator("#reader-page .comment-block").innerHTML();
        Locator name = reader.locator("#reader-page .comment-form input[name=name]");
        name.scrollIntoViewIfNeeded();
        double top = ((Number) reader.evaluate("() => document.querySelector('#reader-page .comment-form input[name=name]')"
                + ".getBoundingClientRect().top")).doubleValue();

        name.click();
        reader.keyboard().type("Sokha ស្រីល័ក្ខ", new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(15));
        Locator live = reader.locator("[data-island=comment-form][data-live] input[name=name]");
        live.waitFor();
        reader.keyboard().type(" 🙂");

        assertThat(live).hasValue("Sokha ស្រីល័ក្ខ 🙂");
        assertThat(live).isFocused();
        assertThat(reader.locator("#reader-page")).hasCount(0);
        assertThat(reader.evaluate("() => window.__sameDocument")).as("no reload").isEqualTo(true);
        double liveTop = ((Number) reader.evaluate("() => document.querySelector('[data-island=comment-form] "
                + "input[name=name]').getBoundingClientRect().top")).doubleValue();
        assertThat(Math.abs(liveTop - top)).as("the field stays where it was on the screen").isLessThan(2.0);
        // the live page is the cached page's markup
        assertThat(reader.locator("#outlet article.post").innerHTML()).isEqualTo(article);
        assertThat(reader.locator("#outlet .site-header").innerHTML()).isEqualTo(header);
        assertThat(reader.locator("#outlet .comment-block").innerHTML()).isEqualTo(firstComments);
        // one small round trip so the UI does not keep the start's answer, the whole page, as its last
        reader.waitForCondition(() -> uidlRequests.stream().anyMatch(body -> body.contains("\"ui-poll\"")));
        screenshot(reader, "reader-02-live-after-typing");

        reader.locator(".comment-form input[name=email]").fill("sokha@example.org");
        reader.locator(".comment-form textarea[name=body]").fill("Thank you for the timetable.");
        reader.locator(".comment-submit").click();
        assertThat(reader.locator(".comment-form-status")).hasText("Thank you! Your comment is awaiting moderation.");
        assertThat(reader.locator(".comment.comment-pending .comment-body")).hasText("Thank you for the timetable.");
        assertThat(alertsIn(reader)).isEmpty();
    }

    @Test
    void replyingOnTheCachedPageOpensTheFormUnderThatComment() {
        Page reader = newPage();
        reader.navigate(url(postPath));
        reader.locator("#reader-page #comment-3 .comment-reply").click();

        Locator form = reader.locator("[data-island=comment-form][data-live] form");
        form.waitFor();
        assertThat(reader.locator("#reader-page")).hasCount(0);
        assertThat(form.locator(".comment-replying-to")).hasText("Replying to Reader 3");
        assertThat(form.locator("textarea[name=body]")).isFocused();
        assertThat(reader.locator(".comment-block:has(#comment-3) + .comment-form-island")).hasCount(1);
        reader.keyboard().type("An answer to the third.");
        form.locator("input[name=name]").fill("Dara");
        form.locator("input[name=email]").fill("dara@example.org");
        form.locator(".comment-submit").click();
        Locator answer = reader.locator(".comment.comment-pending");
        assertThat(answer).hasCount(1);
        assertThat(answer).hasClass(java.util.regex.Pattern.compile(".*depth-1.*"));
        assertThat(answer.locator(".comment-body")).hasText("An answer to the third.");
        screenshot(reader, "reader-03-reply");
    }

    @Test
    void showMoreCommentsOnTheCachedPageLoadsThemInPlace() {
        Page reader = newPage();
        reader.navigate(url(postPath));
        assertThat(reader.locator(".comment")).hasCount(50);
        reader.locator("#reader-page .comments-load-more").click();
        assertThat(reader.locator("#outlet .comment")).hasCount(55);
        assertThat(reader.locator("#reader-page")).hasCount(0);
        assertThat(reader.locator(".comments-load-more")).isHidden();
        assertThat(reader).hasURL(url(postPath));
    }

    @Test
    void subscribingOnACachedPageKeepsTheAddressTyped() {
        Page reader = newPage();
        reader.navigate(url("/archives"));
        Locator email = reader.locator("#reader-page [data-island=subscribe] input[name=email]");
        email.click();
        reader.keyboard().type("kanya@example.org");
        reader.locator("[data-island=subscribe][data-live]").waitFor();
        assertThat(reader.locator("[data-island=subscribe] input[name=email]")).hasValue("kanya@example.org");
        reader.keyboard().press("Enter");
        assertThat(reader.locator(".subscribe-done")).containsText("we sent a link to kanya@example.org");
        screenshot(reader, "reader-04-subscribed");
    }

    @Test
    void aReaderWhoseCommentWaitsGetsTheLivePageAndOthersTheCachedOne() {
        Page reader = newPage();
        reader.navigate(url(olderPath));
        sendComment(reader, "Vanna", "vanna@example.org", "Mine, still waiting");
        assertThat(reader.locator(".comment.comment-pending")).hasCount(1);
        List<String> uidlRequests = uidlRequestsOf(reader);
        reader.reload();
        assertThat(isCachedPage(reader)).isFalse();
        assertThat(reader.locator(".comment.comment-pending .comment-body")).hasText("Mine, still waiting");
        // the live page too lets the UI drop its first answer (the whole page) with one small round trip
        reader.waitForCondition(() -> uidlRequests.stream().anyMatch(body -> body.contains("\"ui-poll\"")));
        reader.navigate(url("/"));
        assertThat(isCachedPage(reader)).as("pages without the reader's comment stay cached").isTrue();

        Page stranger = anotherPerson();
        stranger.navigate(url(olderPath));
        assertThat(isCachedPage(stranger)).isTrue();
        assertThat(stranger.locator(".comment-pending")).hasCount(0);
        assertThat(stranger.content()).doesNotContain("Mine, still waiting");
    }

    /** The bodies of the UIDL requests the page sends from now on. */
    private static List<String> uidlRequestsOf(Page page) {
        List<String> bodies = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("v-r=uidl")) {
                bodies.add(String.valueOf(request.postData()));
            }
        });
        return bodies;
    }
}
