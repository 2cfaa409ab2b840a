package org.sala.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.post.PostAddress;
import org.sala.post.PostPageService;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.LogErrors;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader who goes away while a page is being written (a closed tab, a dropped connection, a
 * client's time-out) is no failure of the site: it is not logged as an error.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    PostPageService posts;

    @Autowired
    CommentSubmissionService submissions;

    @Test
    void aClientThatHangsUpMidPageLogsNoError(CapturedOutput output) throws Exception {
        data.reset();
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            markdown.append("Paragraph ").append(i).append(", long enough to make a page of more than a megabyte.\n\n");
        }
        PostAddress post = data.publish("A very long post", markdown.toString(), LocalDateTime.now().minusDays(1),
                List.of("Blog"), List.of());
        String path = "/" + post.path();
        // the cached page, written by the reader page filter
        assertThat(Http.get(port, path).body().length).isGreaterThan(1_000_000);
        // the live page, written by Vaadin: a reader whose comment waits for a moderator gets it
        String readerToken = ReaderTokens.newToken();
        submissions.submit(posts.published(post.slug()).orElseThrow().id(), null,
                new CommentDraft("Waiting Writer", "w@example.org", "", "Still waiting here"),
                new ReaderContext("192.0.2.3", readerToken));
        String liveCookie = "Cookie: " + ReaderTokens.COOKIE + "=" + readerToken + "\r\n";

        for (int i = 0; i < 3; i++) {
            hangUpWhileAnswered(path, "");
            hangUpWhileAnswered(path, liveCookie);
            hangUpAfterTheRequestLine(path);
        }
        Thread.sleep(2_000);

        assertThat(Http.get(port, path).statusCode()).as("the site still answers").isEqualTo(200);
        assertThat(LogErrors.in(output)).isEmpty();
    }

    /** Reads the first byte of the answer, then resets the connection while the rest is being written. */
    private void hangUpWhileAnswered(String path, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("localhost", port));
            socket.setSoLinger(true, 0);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(in.read()).isNotNegative();
        }
    }

    /** Sends only the request line and closes. */
    private void hangUpAfterTheRequestLine(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
    }
}
