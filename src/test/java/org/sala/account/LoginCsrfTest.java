package org.sala.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.support.TomcatSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF: a sign-in form posted without the sign-in page's CSRF token (from another site, or a
 * script) signs nobody in, even with the right password; with the token, as the login form sends
 * it, it does. Plain HTTP, as a forging site's form would send it.
 */
@IntegrationTest
class LoginCsrfTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @BeforeEach
    void anEditor() {
        data.reset();
        data.staff("malee", Role.AUTHOR);
    }

    @Test
    void aSignInWithoutTheTokenSignsNobodyIn() throws Exception {
        // No session at all, as a form on another site posts it for a browser that never saw Sala.
        HttpResponse<String> cold = signIn(null, null);
        assertThat(cold.headers().firstValue("Location").orElse("")).doesNotEndWith("/staff");
        TomcatSessions.sessionId(cold).ifPresent(id -> assertThat(staffPostsAnswer(id)).isEqualTo("/login"));

        // A session with the sign-in page open, but the token left out or made up.
        for (String token : new String[] {null, "made-up-token"}) {
            String session = TomcatSessions.sessionId(Http.get(port, "/login")).orElseThrow();
            HttpResponse<String> forged = signIn(session, token);
            assertThat(forged.headers().firstValue("Location").orElse("")).as("token " + token).doesNotEndWith("/staff");
            String after = TomcatSessions.sessionId(forged).orElse(session);
            assertThat(staffPostsAnswer(after)).as("token " + token).isEqualTo("/login");
        }
    }

    @Test
    void theSignInPagesTokenSignsIn() throws Exception {
        HttpResponse<byte[]> loginPage = Http.get(port, "/login");
        String session = TomcatSessions.sessionId(loginPage).orElseThrow();
        Matcher token = TOKEN.matcher(Http.text(loginPage));
        assertThat(token.find()).as("the sign-in page carries its CSRF token").isTrue();

        HttpResponse<String> signIn = signIn(session, token.group(1));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/staff"));
        String signedIn = TomcatSessions.sessionId(signIn).orElseThrow();
        assertThat(staffPostsAnswer(signedIn)).isEqualTo("200");
    }

    @Test
    void aSignInFromAPageThatOutlivedItsSessionGoesBackToTheSignInPageWithAWord() throws Exception {
        HttpResponse<byte[]> oldPage = Http.get(port, "/login");
        Matcher oldToken = TOKEN.matcher(Http.text(oldPage));
        assertThat(oldToken.find()).isTrue();
        // The session the page belonged to is gone (expired, or the server restarted): a new one.
        String newSession = TomcatSessions.sessionId(Http.get(port, "/login")).orElseThrow();

        HttpResponse<String> signIn = signIn(newSession, oldToken.group(1));

        assertThat(signIn.statusCode()).as("not a bare 403").isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        assertThat(staffPostsAnswer(TomcatSessions.sessionId(signIn).orElse(newSession))).isEqualTo("/login");
    }

    /** POSTs the author's right password to /login, with the session cookie and token when given. */
    private HttpResponse<String> signIn(String sessionId, String token) throws IOException, InterruptedException {
        String form = "username=malee&password=" + URLEncoder.encode(TestData.STAFF_PASSWORD, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.base(port) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the author's own post list answers for this session: "200", or the path it redirects to. */
    private String staffPostsAnswer(String sessionId) {
        try {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.base(port) + "/staff/posts"))
                    .header("Cookie", "JSESSIONID=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return "200";
            }
            return URI.create(Http.base(port)).resolve(answer.headers().firstValue("Location").orElse("?")).getPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
