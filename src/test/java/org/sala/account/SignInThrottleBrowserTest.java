package org.sala.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sala.account.domain.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** Guessing a password: after a few failures the login page asks to wait, even for the right one. */
@IntegrationTest
class SignInThrottleBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

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

    private static void attempt(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }
}
