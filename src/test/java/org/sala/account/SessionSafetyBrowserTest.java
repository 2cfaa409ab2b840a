package org.sala.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** The session cookie's flags, a new session id at sign-in, and a dead session after sign-out. */
@IntegrationTest
class SessionSafetyBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void signingInChangesTheSessionAndSigningOutEndsIt() {
        data.reset();
        data.staff("kanya", Role.MODERATOR);
        Page page = newPage();
        page.navigate(url("/login"));
        Cookie before = sessionCookie(page.context());
        assertThat(before.httpOnly).isTrue();
        assertThat(before.sameSite).isEqualTo(SameSiteAttribute.LAX);

        signIn(page, "kanya", TestData.STAFF_PASSWORD);
        Cookie signedIn = sessionCookie(page.context());
        assertThat(signedIn.value).isNotEqualTo(before.value);
        assertThat(signedIn.httpOnly).isTrue();

        page.locator("vaadin-button.staff-sign-out").click();
        page.waitForURL(Pattern.compile(".*/(login)?$"));

        Page replay = anotherPerson();
        replay.context().addCookies(List.of(new Cookie(signedIn.name, signedIn.value)
                .setDomain(signedIn.domain).setPath(signedIn.path)));
        replay.navigate(url("/staff/moderation"));
        assertThat(replay).hasURL(Pattern.compile(".*/login$"));
    }

    private static Cookie sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst().orElseThrow();
    }
}
