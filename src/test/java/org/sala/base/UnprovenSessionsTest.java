package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.base.web.SessionsProperties;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.support.TomcatSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Clients that run no script (crawlers, curl, link previews) leave sessions with the short
 * unproven timeout; a heartbeat or a sign-in gives the session the full one. Sessions are looked
 * at in the embedded Tomcat's session manager.
 */
@IntegrationTest
class UnprovenSessionsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    SessionsProperties sessionsProperties;

    @Value("${server.servlet.session.timeout}")
    Duration full;

    private Duration unproven;
    private TomcatSessions sessions;

    @BeforeEach
    void setUp() {
        sessions = TomcatSessions.of(context);
        unproven = sessionsProperties.unprovenTimeout();
        assertThat(unproven).isLessThan(full);
    }

    @Test
    void pagesFetchedWithoutCookiesLeaveSessionsWithTheShortTimeout() {
        List<String> paths = List.of("/login", "/no-such-page", "/staff/moderation", "/login", "/no-such-page/deeper");
        Set<String> ids = new HashSet<>();
        for (String path : paths) {
            HttpResponse<byte[]> response = Http.get(port, path);
            Session session = sessions.of(response).orElseThrow(() -> new AssertionError("no session for " + path));
            ids.add(session.getId());
            assertThat(session.getMaxInactiveInterval()).as(path).isEqualTo((int) unproven.toSeconds());
        }
        assertThat(ids).as("one session per cookie-less GET").hasSize(paths.size());
        assertThat(ids).allSatisfy(id -> assertThat(sessions.find(id)).get()
                .extracting(Session::getMaxInactiveInterval).isEqualTo((int) unproven.toSeconds()));
    }

    @Test
    void aHeartbeatGivesTheFullTimeout() throws Exception {
        HttpResponse<byte[]> page = Http.get(port, "/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        String id = TomcatSessions.sessionId(page).orElseThrow();

        HttpResponse<String> heartbeat = send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + id)
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(heartbeat.statusCode()).isEqualTo(200);
        assertThat(sessions.find(id)).get().extracting(Session::getMaxInactiveInterval)
                .isEqualTo((int) full.toSeconds());
    }

    /** (Atmosphere opens a session for a push request that comes without one; it stays unproven.) */
    @Test
    void aClientWithoutASessionCannotClaimALongOneByPretendingToRun() throws Exception {
        for (String type : List.of("heartbeat", "uidl", "push")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=" + type + "&v-uiId=0"))
                    .header("Content-Type", "application/json;charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            TomcatSessions.sessionId(response).ifPresent(id -> assertThat(sessions.find(id)).as(type).get()
                    .extracting(Session::getMaxInactiveInterval).isEqualTo((int) unproven.toSeconds()));
        }
    }

    @Test
    void signingInGivesTheFullTimeoutThroughTheNewSessionId() throws Exception {
        data.reset();
        data.staff("somchai", Role.MODERATOR);
        HttpResponse<byte[]> loginPage = Http.get(port, "/login");
        String before = TomcatSessions.sessionId(loginPage).orElseThrow();
        assertThat(sessions.find(before)).get().extracting(Session::getMaxInactiveInterval)
                .isEqualTo((int) unproven.toSeconds());

        HttpResponse<String> signIn = signIn("somchai", TestData.STAFF_PASSWORD, before, csrfToken(loginPage));

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/staff"));
        String after = TomcatSessions.sessionId(signIn).orElseThrow();
        assertThat(after).as("session fixation protection gives a new id").isNotEqualTo(before);
        assertThat(sessions.find(before)).isEmpty();
        assertThat(sessions.find(after)).get().extracting(Session::getMaxInactiveInterval)
                .isEqualTo((int) full.toSeconds());
    }

    /** (Without a session there is no CSRF token to send: such a sign-in is refused, see LoginCsrfTest.) */
    @Test
    void aSignInWithoutASessionIsRefusedAndProvesNothing() throws Exception {
        data.reset();
        data.staff("nok", Role.MODERATOR);

        HttpResponse<String> signIn = signIn("nok", TestData.STAFF_PASSWORD, null, null);

        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotEndWith("/staff");
        TomcatSessions.sessionId(signIn).ifPresent(id -> assertThat(sessions.find(id)).get()
                .extracting(Session::getMaxInactiveInterval).isEqualTo((int) unproven.toSeconds()));
    }

    @Test
    void aFailedSignInProvesNothing() throws Exception {
        HttpResponse<byte[]> loginPage = Http.get(port, "/login");
        String id = TomcatSessions.sessionId(loginPage).orElseThrow();

        HttpResponse<String> signIn = signIn("nobody", "wrong", id, csrfToken(loginPage));

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login?error"));
        assertThat(sessions.find(id)).get().extracting(Session::getMaxInactiveInterval)
                .isEqualTo((int) unproven.toSeconds());
    }

    @Test
    void timedOutSessionsAreLookedForAtEveryBackgroundRunOfTomcat() {
        assertThat(sessions.expiryCheckFrequency()).isEqualTo(1);
    }

    /** The sign-in form as the login page's form sends it: with the page's CSRF token (when given). */
    private HttpResponse<String> signIn(String username, String password, String sessionId, String token)
            throws Exception {
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return send(request);
    }

    private static String csrfToken(HttpResponse<byte[]> loginPage) {
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(Http.text(loginPage));
        assertThat(token.find()).as("the sign-in page's CSRF token").isTrue();
        return token.group(1);
    }

    private URI uri(String path) {
        return URI.create(Http.base(port) + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
