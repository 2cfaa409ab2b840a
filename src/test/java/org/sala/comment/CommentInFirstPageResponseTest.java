package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first response of a page carries the view's state inside an inline script. A commenter's
 * name that closes that script must not become markup (Vaadin does not escape it there itself).
 */
@IntegrationTest
class CommentInFirstPageResponseTest {

    private static final String BREAKOUT = "</script><img src=x onerror=alert(1)>";

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @LocalServerPort
    int port;

    @Test
    void textThatClosesAScriptStaysInsideIt() throws Exception {
        data.reset();
        long postId = data.post("A post", true);
        String token = ReaderTokens.newToken();
        long id = submissions.submit(postId, null, new CommentDraft("Sokha " + BREAKOUT, "s@example.org", "",
                "Body " + BREAKOUT + " <!-- <script>"), new ReaderContext("192.0.2.1", token));
        data.approve(id);
        URI post = URI.create("http://localhost:" + port + "/" + data.address(postId).path());

        // The cached page: markup built by jsoup, the name only ever text or an attribute's value.
        HttpResponse<String> cached = HttpClient.newHttpClient().send(HttpRequest.newBuilder(post).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cached.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(cached.body());
        assertThat(page.select(".comment-author").text()).isEqualTo("Sokha " + BREAKOUT);
        assertThat(page.select("img[src=x], script:not([src])")).isEmpty();
        assertThat(cached.body()).doesNotContain("<!-- <script>");

        // The live page of the same reader, who has another comment waiting: its state is in an inline script.
        submissions.submit(postId, null, new CommentDraft("Sokha " + BREAKOUT, "s@example.org", "", "Still waiting"),
                new ReaderContext("192.0.2.1", token));
        HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(post)
                .header("Cookie", ReaderTokens.COOKIE + "=" + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("Sokha &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain(BREAKOUT)
                .doesNotContain("<!-- <script>");
        String state = Jsoup.parse(live.body()).select("script[initial]").stream().map(Element::data)
                .filter(code -> code.contains("window.Vaadin.TypeScript")).findFirst().orElseThrow();
        // the markup in the state (innerHTML of the comments) cannot end the script either
        assertThat(state).contains("\\u003carticle").doesNotContain("<");
    }
}
