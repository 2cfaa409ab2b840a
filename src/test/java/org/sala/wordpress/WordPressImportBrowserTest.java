package org.sala.wordpress;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin uploads a WordPress export, watches it import, and finds a post with its threaded comments. In Chromium. */
@IntegrationTest
class WordPressImportBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @BeforeEach
    void anAdmin() {
        data.reset();
        data.staff("admin", Role.ADMIN);
    }

    @Test
    void uploadWatchProgressAndReadTheImportedThread() {
        Page admin = newPage(1400, 1000, "en-US");
        signIn(admin, "admin", TestData.STAFF_PASSWORD);
        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("WordPress")).click();
        assertThat(admin).hasURL(Pattern.compile(".*/staff/wordpress$"));

        admin.locator("vaadin-upload.wordpress-upload input[type=file]")
                .setInputFiles(WordPressImportTest.fixture("river-notes.xml"));
        assertThat(admin.locator("vaadin-progress-bar.wordpress-progress")).isVisible();
        assertThat(admin.locator(".wordpress-status")).hasText("Import finished.");
        assertThat(admin.locator(".wordpress-counts")).containsText("Posts: 4");
        assertThat(admin.locator(".wordpress-counts")).containsText("Comments: 5");
        assertThat(admin.locator(".wordpress-warnings")).containsText("the shortcode [contact-form-7] is unknown");
        assertThat(admin.locator(".wordpress-skipped")).containsText("Deleted post (#126)");
        assertThat(admin.locator("vaadin-progress-bar.wordpress-progress")).hasAttribute("aria-valuenow", "1");
        screenshot(admin, "wordpress-01-imported");

        Page reader = anotherPerson();
        reader.navigate(url("/2016/10/gauges-at-pak-mun"));
        assertThat(reader.locator("h1")).hasText("Gauges at Pak Mun, October");
        assertThat(reader.locator(".post-body figcaption")).hasText("The gauge at the bridge");
        assertThat(reader.locator(".post-body")).containsText("น้ำขึ้นเร็ว 🌊");
        Locator dao = reader.locator(".comment.depth-0").filter(new Locator.FilterOptions().setHasText("Which gauge was it?"));
        assertThat(dao).hasCount(1);
        Locator reply = reader.locator(".comment.depth-1").filter(new Locator.FilterOptions().setHasText("ขอบคุณ"));
        assertThat(reply.locator(".comment-author")).hasText("Noi");
        assertThat(reader.locator(".comment")).hasCount(2);
        assertThat(reader.locator("[onerror]")).hasCount(0);
        assertThat(alertsIn(reader)).isEmpty();
        screenshot(reader, "wordpress-02-thread");

        admin.locator("vaadin-upload.wordpress-upload input[type=file]")
                .setInputFiles(WordPressImportTest.fixture("xxe.xml"));
        assertThat(admin.locator(".wordpress-error")).containsText("refused for safety");
    }
}
