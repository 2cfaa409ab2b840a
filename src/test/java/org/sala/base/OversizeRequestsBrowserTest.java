package org.sala.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sala.comment.domain.CommentRepository;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Requests far larger than any form needs are refused cleanly: a status, one log line, no stack trace. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OversizeRequestsBrowserTest extends BrowserTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    TestData data;

    @Autowired
    CommentRepository comments;

    private String postPath;

    @BeforeEach
    void aPost() {
        data.reset();
        postPath = data.postPath("Room for every voice", true);
    }

    @Test
    void aTenMegabyteRequestIsRefusedBeforeAnythingReadsIt(CapturedOutput output) throws Exception {
        // Only the head is sent: the answer must come without the server waiting for (or reading)
        // any of the ten megabytes it announces. (Sending them too races the server's close after
        // its answer, which a client may see as a reset before it reads the answer.)
        String refused = answerToHeadOnly("POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (10 * 1024 * 1024) + "\r\n\r\n");
        assertThat(refused).startsWith("HTTP/1.1 413 ").endsWith("\r\n\r\nThe request is too large.\n");

        HttpResponse<String> chunked = CLIENT.send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json")
                .POST(unknownLength(HttpRequest.BodyPublishers.ofString("{}"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(411);

        HttpResponse<String> small = CLIENT.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=wrong")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isNotIn(411, 413).isLessThan(500);

        assertThat(output).contains("Refused a request with 10485760 bytes (limit 1048576 bytes) to /");
        assertThat(output.getAll().lines().filter(line -> line.contains("OversizeRequests") || line.startsWith("\tat ")))
                .as("no stack traces").noneMatch(line -> line.startsWith("\tat "));
    }

    private String answerToHeadOnly(String head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // Read up to the end of the answer's body (the connection may stay open for a while).
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            for (int read; !complete(answer) && (read = socket.getInputStream().read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }

    private static boolean complete(CharSequence answer) {
        String text = answer.toString();
        int end = text.indexOf("\r\n\r\n");
        Matcher length = Pattern.compile("(?i)\r\ncontent-length: (\\d+)").matcher(text);
        return end >= 0 && length.find() && text.length() - end - 4 >= Integer.parseInt(length.group(1));
    }

    @Test
    void aNameOrCommentOfMegabytesGetsTheSizeMessageAndKeepsTheTextAndTheConnection() {
        int twoMegabytes = 2 * 1024 * 1024;
        Page reader = newPage();
        reader.navigate(url(postPath));
        liveForm(reader, "comment-form");
        assertThat(reader.locator(".comment-name input")).isVisible();
        // maxlength stops a person typing more; a script (or a browser extension) can still set any value.
        reader.evaluate("""
                size => {
                  const name = document.querySelector('.comment-name input');
                  name.value = 'N'.repeat(size);
                  name.dispatchEvent(new Event('input', {bubbles: true}));
                  name.dispatchEvent(new Event('change', {bubbles: true}));
                }""", twoMegabytes);
        reader.locator(".comment-email input").fill("big@example.org");
        reader.locator(".comment-body-field textarea").fill("A short comment with a long name.");
        reader.locator(".comment-submit").click();
        assertThat(reader.locator(".comment-name input")).hasAttribute("aria-invalid", "true");
        assertThat(reader.locator(".comment-name .field-error")).hasText("The name can be at most 100 characters long.");
        assertThat(reader.evaluate("() => document.querySelector('.comment-name input').value.length")).isEqualTo(twoMegabytes);
        assertThat(reader.locator(".comment-body-field textarea")).hasValue("A short comment with a long name.");
        assertStillConnected(reader);

        // Pasted as a reader would: the text stays whole, and the message asks to shorten it.
        reader.locator(".comment-name input").fill("Big Writer");
        reader.locator(".comment-body-field textarea").fill("B".repeat(twoMegabytes));
        reader.locator(".comment-submit").click();
        assertThat(reader.locator(".comment-body-field .field-error"))
                .hasText("The comment can be at most 5,000 characters long. Please shorten it.");
        assertThat(reader.locator(".comment-body-field textarea")).hasAttribute("aria-invalid", "true");
        assertThat(reader.locator(".comment-name .field-error")).isHidden();
        assertThat(reader.evaluate("() => document.querySelector('.comment-body-field textarea').value.length"))
                .isEqualTo(twoMegabytes);
        assertStillConnected(reader);
        assertThat(comments.count()).isZero();

        // Shortened, it goes through: the page never lost its connection.
        reader.locator(".comment-body-field textarea").fill("B".repeat(5000));
        reader.locator(".comment-submit").click();
        assertThat(reader.locator(".comment-form-status")).containsText("Thank you");
        assertThat(comments.count()).isEqualTo(1);
        assertStillConnected(reader);
    }

    /** Vaadin's client still talks to the server: no "Connection lost, trying to reconnect…". */
    private static void assertStillConnected(Page reader) {
        assertThat(reader.evaluate("() => window.Vaadin.connectionState.state")).isEqualTo("connected");
        assertThat(reader.getByText("Connection lost")).hasCount(0);
    }

    private static HttpRequest.BodyPublisher unknownLength(HttpRequest.BodyPublisher publisher) {
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                publisher.subscribe(subscriber);
            }
        };
    }
}
