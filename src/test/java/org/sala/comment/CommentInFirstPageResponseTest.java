package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sala.comment.service.CommentDraft;
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
        long id = submissions.submit(postId, null, new CommentDraft("Sokha " + BREAKOUT, "s@example.org", "",
                "Body " + BREAKOUT + " <!-- <script>"), new ReaderContext("192.0.2.1", ReaderTokens.newToken()));
        data.approve(id);

        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + data.address(postId).path())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sokha \\u003c/script>\\u003cimg src=x onerror=alert(1)>")
                .doesNotContain(BREAKOUT)
                .doesNotContain("<!-- <script>");
    }
}
