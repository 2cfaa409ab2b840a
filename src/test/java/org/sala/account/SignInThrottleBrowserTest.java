package org.sala.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sala.account.security.ThrottleProbe;
import org.sala.mail.domain.OutboxMail;
import org.sala.mail.domain.OutboxMailRepository;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Guessing a password: after a few failures the login page asks to wait, even for the right one,
 * except in a browser that signed in to the account before; the owner hears of the failures.
 */
@IntegrationTest
class SignInThrottleBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ApplicationContext context;

    @Autowired
    OutboxMailRepository mails;

    @Test
    void repeatedFailuresAreHeldBackWithAClearMessage() {
        data.reset();
        data.staff("ratna", Role.AUTHOR);
        Page page = newPage();
        page.navigate(url("/login"));
        for (int attempt = 0; attempt < 8 && !page.url().contains("wait="); attempt++) {
            attempt(page, "ratna", "guess-" + attempt);
            page.waitForURL(Pattern.compile(".*/login\\?(error|wait=\\d+)$"));
        }
        assertThat(page).hasURL(Pattern.compile(".*/login\\?wait=\\d+$"));
        assertThat(page.getByText("Too many failed sign-ins")).isVisible();
        assertThat(page.getByText(Pattern.compile("please wait \\d+ seconds?"))).isVisible();
        screenshot(page, "sign-in-throttled");
    }

    @Test
    void theOwnersOwnBrowserSignsInAtOnceWhateverOthersTried() {
        data.reset();
        data.staff("dara", Role.AUTHOR);
        Page owner = newPage();
        signIn(owner, "dara", TestData.STAFF_PASSWORD);
        owner.locator("vaadin-button.staff-sign-out").click();
        owner.waitForURL(Pattern.compile(".*/(login)?$"));

        // Spellings the database takes for the same account count on one counter.
        Page stranger = anotherPerson();
        for (String spelling : List.of("dára", "DARA", "ｄａｒａ")) {
            stranger.navigate(url("/login"));
            attempt(stranger, spelling, "guess");
            stranger.waitForURL(Pattern.compile(".*/login\\?error$"));
        }
        // Many more from addresses the owner never used: a lockout before.
        for (int i = 0; i < 12; i++) {
            ThrottleProbe.failed(context, "Dara", "203.0.113." + i);
        }
        // A new browser is only held back, even with the right password ...
        stranger.navigate(url("/login"));
        attempt(stranger, "dara", TestData.STAFF_PASSWORD);
        stranger.waitForURL(Pattern.compile(".*/login\\?(error|wait=\\d+)$|.*/staff.*"));
        assertThat(stranger).hasURL(Pattern.compile(".*/login\\?wait=\\d+$"));
        // ... while the owner's browser signs in at once.
        signIn(owner, "dara", TestData.STAFF_PASSWORD);
        assertThat(owner).hasURL(Pattern.compile(".*/staff.*"));

        List<OutboxMail> warnings = mails.findAll().stream()
                .filter(mail -> "sign-in-failures".equals(mail.getTopic())).toList();
        org.assertj.core.api.Assertions.assertThat(warnings).singleElement().satisfies(mail -> {
            org.assertj.core.api.Assertions.assertThat(mail.getToAddress()).isEqualTo("dara@sala.example");
            org.assertj.core.api.Assertions.assertThat(mail.getSubject()).contains("3 failed sign-ins");
            org.assertj.core.api.Assertions.assertThat(mail.getBody()).contains("your password was not guessed");
        });
    }

    @Test
    void aSignInPageLeftOpenPastItsSessionSaysSoAndSignsInOnTheNextTry() {
        data.reset();
        data.staff("sokha", Role.AUTHOR);
        Page page = newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").waitFor();
        // The session the page belongs to ends (expired, or the server restarted) while it is open.
        page.context().clearCookies();

        attempt(page, "sokha", TestData.STAFF_PASSWORD);

        page.waitForURL(Pattern.compile(".*/login\\?expired$"));
        assertThat(page.getByText("This sign-in page had expired")).isVisible();
        screenshot(page, "sign-in-expired");
        attempt(page, "sokha", TestData.STAFF_PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff.*"));
    }

    private static void attempt(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }
}
