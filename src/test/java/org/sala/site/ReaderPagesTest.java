package org.sala.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.bench.Moderator;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.page.PageImportService;
import org.sala.post.PostAddress;
import org.sala.post.PostPageService;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.support.TomcatSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Reader pages as a crawler, a feed reader's link preview or a text browser gets them: one plain
 * GET, no cookie, no script. The whole page is in the first response, and answering it makes no
 * session and sets no cookie.
 */
@IntegrationTest
class ReaderPagesTest {

    private static final String TITLE = "Monsoon notes from Savannakhet";
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    PostPageService posts;

    @Autowired
    PageImportService pages;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private PostAddress post;
    private String readerToken;

    @BeforeEach
    void aSite() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        post = data.publish(TITLE, "The river rose **early** this year. ដំណើរ 🌧", LocalDateTime.of(2025, 10, 4, 8, 0),
                List.of("Field Notes"), List.of("river life"));
        long postId = posts.published(post.slug()).orElseThrow().id();
        long first = submissions.submit(postId, null, new CommentDraft("Sokha", "sokha@example.org", "",
                "Thank you, ស្វាគមន៍ 🙏"), new ReaderContext("192.0.2.1", ReaderTokens.newToken()));
        data.approve(first);
        long reply = submissions.submit(postId, first, new CommentDraft("Malee", "malee@example.org", "",
                "A reply **in bold**"), new ReaderContext("192.0.2.2", ReaderTokens.newToken()));
        data.approve(reply);
        readerToken = ReaderTokens.newToken();
        submissions.submit(postId, null, new CommentDraft("Waiting Writer", "w@example.org", "", "Still waiting here"),
                new ReaderContext("192.0.2.3", readerToken));
        pages.addPublished("about", "About the network", "We are **49** organisations.", 1);
    }

    @Test
    void everyKindOfReaderPageAnswersAPlainGetWithItsContentAsHtml() {
        TomcatSessions sessions = TomcatSessions.of(context);
        int sessionsBefore = sessions.all().size();
        String postPath = "/" + post.path();

        Document front = page("/", "Latest posts – Sala");
        assertThat(front.select(".post-card-title a").text()).isEqualTo(TITLE);
        assertThat(front.select(".post-card-title a").attr("href")).isEqualTo(postPath);
        assertThat(front.select(".post-excerpt").text()).startsWith("The river rose early").endsWith("…");
        assertThat(front.select(".site-nav a").eachText()).contains("Field Notes", "Archives", "About the network");
        assertThat(front.select(".subscribe-form input[name=email]")).hasSize(1);

        Document article = page(postPath, TITLE + " – Sala");
        assertThat(article.select("h1.post-title").text()).isEqualTo(TITLE);
        assertThat(article.select(".post-body strong").text()).isEqualTo("early");
        assertThat(article.select(".post-body").text()).contains("ដំណើរ 🌧");
        assertThat(article.select(".post-tags a").text()).isEqualTo("river life");
        assertThat(article.select(".comments-heading").text()).isEqualTo("2 comments");
        assertThat(article.select(".comment .comment-author").eachText()).containsExactly("Sokha", "Malee");
        assertThat(article.select(".comment .comment-body").eachText())
                .containsExactly("Thank you, ស្វាគមន៍ 🙏", "A reply in bold");
        assertThat(article.select(".comment.depth-1 .comment-author").text()).isEqualTo("Malee");
        assertThat(article.text()).doesNotContain("Still waiting here");
        assertThat(article.select("meta[property=og:title]").attr("content")).isEqualTo(TITLE);
        assertThat(article.select("meta[property=og:url]").attr("content")).isEqualTo(Http.base(port) + postPath);
        assertThat(article.select("meta[name=description]").attr("content")).startsWith("The river rose early");
        assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo(Http.base(port) + postPath);
        assertThat(article.select("link[rel=alternate]").eachAttr("href")).contains(Http.base(port) + postPath + "/feed");
        // writing needs the script; the page says so to browsers without one
        assertThat(article.select(".comment-form fieldset[disabled]")).hasSize(1);
        assertThat(article.select(".comment-form noscript").text()).contains("Writing a comment needs JavaScript");

        assertThat(page("/category/field-notes", "Category: Field Notes – Sala").select(".post-card")).hasSize(1);
        assertThat(page("/tag/river-life", "Tag: river life – Sala").select(".post-card")).hasSize(1);
        assertThat(page("/author/writer", "Posts by Wren Writer – Sala").select(".post-card")).hasSize(1);
        Document month = page("/2025/10", "Archive for October 2025 – Sala");
        assertThat(month.select(".post-card")).hasSize(1);
        assertThat(month.select(".month-list a").eachText()).containsExactly("October 2025");
        Document archives = page("/archives", "Archives – Sala");
        assertThat(archives.select(".category-list a").eachText()).containsExactly("Field Notes");
        Document search = page("/search?q=monsoon", "Search: monsoon – Sala");
        assertThat(search.select(".search-hit-title mark").text()).isEqualTo("Monsoon");
        Document about = page("/page/about", "About the network – Sala");
        assertThat(about.select(".post-body strong").text()).isEqualTo("49");

        assertThat(sessions.all()).as("sessions made by plain GETs").hasSize(sessionsBefore);
    }

    @Test
    void anUnknownAddressIsANotFoundPageWithTheSiteAroundIt() {
        HttpResponse<byte[]> missing = Http.get(port, "/2019/05/a-post-that-never-was");
        assertThat(missing.statusCode()).isEqualTo(404);
        Http.assertNoCookie(missing);
        Document page = Jsoup.parse(Http.text(missing));
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select(".site-header .site-name").text()).isEqualTo("Sala");
        assertThat(missing.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<byte[]> otherMonth = Http.get(port, "/2024/01/" + post.slug());
        assertThat(otherMonth.statusCode()).isEqualTo(301);
        assertThat(otherMonth.headers().firstValue("Location")).contains("/" + post.path());
    }

    @Test
    void conditionalAndCompressedGetsAreAnsweredFromTheCache() throws Exception {
        URI front = URI.create(Http.base(port) + "/");
        HttpResponse<byte[]> first = Http.get(front);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).contains("public, no-cache");
        assertThat(first.headers().firstValue("Vary").orElseThrow()).contains("Cookie").contains("Accept-Language");

        HttpResponse<byte[]> again = CLIENT.send(HttpRequest.newBuilder(front).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        HttpResponse<byte[]> since = CLIENT.send(HttpRequest.newBuilder(front).header("If-Modified-Since", modified)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(since.statusCode()).isEqualTo(304);
        HttpResponse<byte[]> stale = CLIENT.send(HttpRequest.newBuilder(front).header("If-None-Match", "\"other\"")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stale.statusCode()).isEqualTo(200);

        HttpResponse<byte[]> zipped = CLIENT.send(HttpRequest.newBuilder(front).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.body().length).isLessThan(first.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(first.body());
        }
        assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void nothingPersonalIsEverServedFromTheCache() throws Exception {
        String postPath = "/" + post.path();
        // The reader whose comment waits gets the live page, with their comment, never kept.
        HttpResponse<String> own = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.base(port) + postPath))
                .header("Cookie", ReaderTokens.COOKIE + "=" + readerToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Still waiting here").contains("Vaadin-Security-Key");
        assertThat(own.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        // A signed-in moderator gets live pages with the way to the staff area.
        Moderator dara = new Moderator(Http.base(port));
        dara.signIn("dara", TestData.STAFF_PASSWORD);
        assertThat(dara.tab().open("/")).isEqualTo(200);
        assertThat(dara.tab().page()).contains("Staff area").contains("Vaadin-Security-Key");

        for (String path : List.of("/", postPath)) {
            HttpResponse<byte[]> anonymous = Http.get(port, path);
            Http.assertNoCookie(anonymous);
            assertThat(Http.text(anonymous)).as(path).doesNotContain("Still waiting here").doesNotContain("awaiting moderation")
                    .doesNotContain("Vaadin-Security-Key").doesNotContain("_csrf").doesNotContain("Staff area")
                    .contains("Staff sign-in");
        }
        // A cookie of a browser with nothing waiting changes nothing: the cached page.
        HttpResponse<String> other = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.base(port) + postPath))
                .header("Cookie", ReaderTokens.COOKIE + "=" + ReaderTokens.newToken()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.body()).contains("id=\"reader-page\"").doesNotContain("Vaadin-Security-Key");
        assertThat(other.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theLanguageLinksKeepTheChoiceAndComeBack() throws Exception {
        HttpResponse<byte[]> choose = Http.get(port, "/language/th?to=%2Farchives");
        assertThat(choose.statusCode()).isEqualTo(303);
        assertThat(choose.headers().firstValue("Location")).contains("/archives");
        assertThat(choose.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("sala-lang=th;"));
        HttpResponse<String> thai = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.base(port) + "/archives"))
                .header("Cookie", "sala-lang=th").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Jsoup.parse(thai.body()).select("h1").text()).isEqualTo("คลังโพสต์");
        assertThat(thai.headers().firstValue("Content-Language")).contains("th");
        HttpResponse<String> browserThai = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.base(port) + "/archives"))
                .header("Accept-Language", "th-TH,th;q=0.9,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Jsoup.parse(browserThai.body()).select("h1").text()).isEqualTo("คลังโพสต์");
        assertThat(Jsoup.parse(Http.text(Http.get(port, "/archives"))).select("h1").text()).isEqualTo("Archives");

        assertThat(Http.get(port, "/language/th?to=%2F%2Fevil.example%2F").headers().firstValue("Location")).contains("/");
        assertThat(Http.get(port, "/language/xx?to=%2F").statusCode()).isEqualTo(404);
    }

    private Document page(String path, String title) {
        HttpResponse<byte[]> response = Http.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(Http.contentType(response)).as(path).isEqualToIgnoringCase("text/html;charset=UTF-8");
        Http.assertNoCookie(response);
        assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
        Document document = Jsoup.parse(Http.text(response));
        assertThat(document.title()).as(path).isEqualTo(title);
        assertThat(document.select("#reader-page main#main")).as(path).hasSize(1);
        assertThat(document.select("script:not([src])")).as(path).isEmpty();
        return document;
    }
}
