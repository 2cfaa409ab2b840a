package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.support.TomcatSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/** In a real browser, a page whose client runs gets the full session timeout, and so does a staff sign-in. */
@IntegrationTest
class UnprovenSessionsBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Value("${server.servlet.session.timeout}")
    Duration full;

    private TomcatSessions sessions;

    @BeforeEach
    void setUp() {
        sessions = TomcatSessions.of(context);
    }

    @Test
    void aPageWhoseClientRunsGetsTheFullTimeout() {
        for (String path : List.of("/login", "/no-such-page")) {
            Page page = newPage();
            page.navigate(url(path));
            page.locator(path.equals("/login") ? "vaadin-login-form" : ".not-found-view").waitFor();
            // The client proves it runs as it starts (its push connection, its first request):
            // waits until the server has seen that, for at most the page's default timeout.
            page.waitForCondition(() -> session(page).getMaxInactiveInterval() == (int) full.toSeconds());
        }
    }

    @Test
    void aStaffSignInKeepsTheFullTimeout() {
        data.reset();
        data.staff("kanya", Role.MODERATOR);
        Page page = newPage();
        page.navigate(url("/login"));
        String before = sessionId(page);

        signIn(page, "kanya", TestData.STAFF_PASSWORD);
        page.locator("vaadin-button.staff-sign-out").waitFor();

        assertThat(sessionId(page)).isNotEqualTo(before);
        assertThat(session(page).getMaxInactiveInterval()).isEqualTo((int) full.toSeconds());
        assertThat(session(page).getSession().getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
    }

    private Session session(Page page) {
        String id = sessionId(page);
        return sessions.find(id).orElseThrow(() -> new AssertionError("no live session " + id));
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
    }
}
