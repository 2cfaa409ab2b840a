package org.sala.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentStatus;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.post.PostAddress;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/** The comment feeds over real HTTP: approved comments only, and nothing private about their writers. */
@IntegrationTest
class CommentFeedsTest {

    private static final String THAI_POST = "ความคิดเห็นเรื่องแรงงานข้ามชาติ";
    private static final String THAI_NAME = "สมชาย ใจดี";
    private static final String THAI_COMMENT = "ขอบคุณสำหรับรายงานนี้ 🙏 ខ្មែរ";
    private static final String MARKUP_NAME = "<IMG SRC=javascript:alert('XSS')>";

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @LocalServerPort
    int port;

    private long firstPost;
    private long secondPost;

    @BeforeEach
    void reset() {
        data.reset();
        firstPost = data.post(THAI_POST, true);
        secondPost = data.post("Second post", true);
    }

    private long comment(long postId, String name, String email, String body) {
        return submissions.submit(postId, null, new CommentDraft(name, email, "", body),
                new ReaderContext("192.0.2.77", ReaderTokens.newToken()));
    }

    private long approved(long postId, String name, String email, String body) {
        long id = comment(postId, name, email, body);
        data.approve(id);
        return id;
    }

    private String postUrl(long postId) {
        return Http.base(port) + "/" + data.address(postId).path();
    }

    @Test
    void theSiteCommentFeedHasApprovedCommentsNewestFirstWithoutEmailsOrAddresses() {
        long thai = approved(firstPost, THAI_NAME, "somchai@example.org", THAI_COMMENT);
        long script = approved(secondPost, "Dara", "dara@example.org",
                "Nice <script>alert('comment')</script> **work** <img src=x onerror=alert(1)>");
        comment(firstPost, "Pending Person", "pending@example.org", "Still waiting for a moderator");
        long rejected = comment(firstPost, "Rejected Person", "rejected@example.org", "Rejected words");
        data.decide(rejected, CommentStatus.REJECTED);
        long spam = comment(secondPost, "Spammer", "spam@example.org", "Buy things");
        data.decide(spam, CommentStatus.SPAM);

        HttpResponse<byte[]> response = Http.get(port, "/comments/feed");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("application/rss+xml;charset=UTF-8");
        Http.assertNoCookie(response);
        assertThat(Http.xml(response).getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        SyndFeed feed = Http.feed(response);
        assertThat(feed.getEntries()).extracting(SyndEntry::getAuthor).containsExactly("Dara", THAI_NAME);

        SyndEntry dara = feed.getEntries().get(0);
        assertThat(dara.getLink()).isEqualTo(postUrl(secondPost) + "#comment-" + script);
        assertThat(dara.getTitle()).isEqualTo("Comment by Dara on Second post");
        assertThat(dara.getDescription().getValue()).contains("<strong>work</strong>")
                .doesNotContainIgnoringCase("<script").doesNotContain("alert('comment')")
                .doesNotContainIgnoringCase("onerror");

        SyndEntry somchai = feed.getEntries().get(1);
        assertThat(somchai.getLink()).isEqualTo(postUrl(firstPost) + "#comment-" + thai);
        assertThat(somchai.getTitle()).isEqualTo("Comment by " + THAI_NAME + " on " + THAI_POST);
        assertThat(somchai.getDescription().getValue().strip()).isEqualTo("<p>" + THAI_COMMENT + "</p>");
        assertThat(somchai.getPublishedDate()).isNotNull();

        String xml = Http.text(response);
        assertThat(xml).contains(THAI_COMMENT)
                .doesNotContain("@example.org")
                .doesNotContain("192.0.2.77")
                .doesNotContain("Still waiting").doesNotContain("Pending Person")
                .doesNotContain("Rejected").doesNotContain("Spammer").doesNotContain("Buy things");
    }

    @Test
    void aPostCommentFeedHasOnlyThatPostsApprovedComments() {
        approved(firstPost, "First", "first@example.org", "On the first post");
        approved(secondPost, "Second", "second@example.org", "On the second post");
        approved(firstPost, "Third", "third@example.org", "Later on the first post");
        comment(firstPost, "Waiting", "waiting@example.org", "Not yet approved");
        PostAddress address = data.address(firstPost);

        HttpResponse<byte[]> response = Http.get(port, "/" + address.path() + "/feed");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("application/rss+xml;charset=UTF-8");
        Http.assertNoCookie(response);
        SyndFeed feed = Http.feed(response);
        assertThat(feed.getTitle()).isEqualTo("Comments on " + THAI_POST + " – Sala");
        assertThat(feed.getLink()).isEqualTo(postUrl(firstPost));
        assertThat(feed.getEntries()).extracting(SyndEntry::getAuthor).containsExactly("Third", "First");
        assertThat(Http.text(response)).doesNotContain("@example.org").doesNotContain("Not yet approved");
    }

    @Test
    void aNameThatLooksLikeMarkupIsTextInTheItemTitleEvenToReadersThatTakeTheTitleAsHtml() {
        approved(firstPost, MARKUP_NAME, "markup@example.org", "Hello");
        String expected = "Comment by " + MARKUP_NAME + " on " + THAI_POST;

        for (String path : List.of("/comments/feed", "/" + data.address(firstPost).path() + "/feed")) {
            HttpResponse<byte[]> response = Http.get(port, path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Element item = (Element) Http.xml(response).getElementsByTagName("item").item(0);
            String title = item.getElementsByTagName("title").item(0).getTextContent();
            assertThat(title).as(path).isEqualTo("Comment by &lt;IMG SRC=javascript:alert('XSS')&gt; on " + THAI_POST);
            // What a reader that renders the title as HTML makes of it: the name as text, no image.
            var rendered = Jsoup.parseBodyFragment(title).body();
            assertThat(rendered.select("img")).as(path).isEmpty();
            assertThat(rendered.text()).as(path).isEqualTo(expected);
        }
    }

    @Test
    void anUnknownPostHasNoCommentFeed() {
        PostAddress address = data.address(firstPost);
        String wrongMonth = "%04d/%02d/%s".formatted(address.year() - 1, address.month(), address.slug());

        for (String path : List.of("/2020/01/no-such-post/feed", "/" + wrongMonth + "/feed")) {
            HttpResponse<byte[]> response = Http.get(port, path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Http.assertNoCookie(response);
        }
    }
}
