package org.sala.post;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.base.site.SiteProperties;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.ShiftedClock;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** An author writes, previews and schedules a post, which appears by itself when due: in Chromium. */
@IntegrationTest
class WritingAPostBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    SiteProperties site;

    @Autowired
    ShiftedClock clock;

    @AfterEach
    void timeAsItIs() {
        clock.putBack();
    }

    @BeforeEach
    void anAuthor() {
        data.reset();
        data.staff("malee", Role.AUTHOR);
        data.post("An older post", true);
    }

    @Test
    void anAuthorSchedulesAPostThatAppearsWhenDue() {
        Page author = newPage(1400, 1000, "en-US");
        signIn(author, "malee", TestData.STAFF_PASSWORD);
        assertThat(author).hasURL(Pattern.compile(".*/staff/posts$"));
        author.locator("vaadin-button.new-post").click();
        assertThat(author).hasURL(Pattern.compile(".*/staff/write$"));

        author.locator(".post-title-field input").fill("Listening Sessions in Battambang ក្រុមប្រឹក្សា");
        author.locator(".post-body-field textarea").fill("""
                We met **forty** families in three communes.

                ![Meeting under the sala](https://example.org/sala.jpg)

                <script>alert('author')</script>
                """);
        Locator preview = author.locator(".post-preview .post-preview-body");
        assertThat(preview.locator("strong")).hasText("forty");
        assertThat(preview.locator("img")).hasAttribute("src", "https://example.org/sala.jpg");
        assertThat(preview.locator("script")).hasCount(0);
        Locator categories = author.locator(".post-categories-field input");
        categories.fill("Field Notes");
        categories.press("Enter");
        assertThat(author.locator(".post-categories-field")).hasAttribute("has-value", "");
        closeDropDown(author, categories);
        author.locator("vaadin-upload.featured-image-upload input[type=file]").setInputFiles(photo());
        assertThat(author.locator(".featured-image-preview")).isVisible();
        screenshot(author, "writing-01-editor");

        // Scheduling in the past is refused beside the field, and nothing typed is lost.
        setPublishAt(author, LocalDateTime.now(site.timeZone()).minusHours(1));
        author.locator("vaadin-button.schedule-post").click();
        assertThat(author.locator(".post-publish-at")).containsText("Choose a time in the future");
        assertThat(author.locator(".post-title-field input")).hasValue("Listening Sessions in Battambang ក្រុមប្រឹក្សា");

        LocalDateTime due = LocalDateTime.now(site.timeZone()).plusMinutes(1).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        setPublishAt(author, due);
        author.locator("vaadin-button.schedule-post").click();
        assertThat(author.locator(".post-state")).containsText("Scheduled");
        assertThat(author).hasURL(Pattern.compile(".*/staff/write/\\d+$"));
        screenshot(author, "writing-02-scheduled");

        Page reader = anotherPerson();
        reader.navigate(url("/"));
        assertThat(reader.locator(".post-card h2")).hasText(new String[] {"An older post"});

        // Time passes: the clock reaches the due minute, and the scheduler (every second in
        // tests) publishes the post by itself.
        clock.moveAhead(Duration.between(Instant.now(), due.atZone(site.timeZone()).toInstant()).plusSeconds(1));
        Locator newPost = reader.locator(".post-card h2").filter(new Locator.FilterOptions().setHasText("Battambang"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (newPost.count() == 0 && System.currentTimeMillis() < deadline) {
            reader.waitForTimeout(500);
            reader.reload();
        }
        assertThat(newPost).hasCount(1);
        assertThat(reader.locator(".post-card h2").first()).containsText("Battambang");
        reader.locator(".post-card").first().locator(".read-more").click();
        assertThat(reader.locator(".post-body strong")).hasText("forty");
        Locator featured = reader.locator("img.post-featured-image");
        assertThat(featured).hasAttribute("alt", "Listening Sessions in Battambang ក្រុមប្រឹក្សា");
        reader.waitForFunction("() => document.querySelector('img.post-featured-image').naturalWidth === 40");
        assertThat(reader.locator(".post-body script")).hasCount(0);
        reader.locator(".post .post-categories a").filter(new Locator.FilterOptions().setHasText("Field Notes")).click();
        assertThat(reader.locator("h1")).hasText("Category: Field Notes");
        assertThat(reader.locator(".post-card h2")).hasText(new String[] {"Listening Sessions in Battambang ក្រុមប្រឹក្សា"});
        assertThat(alertsIn(reader)).isEmpty();
        screenshot(reader, "writing-03-published");

        String rss = reader.request().get(url("/feed")).text();
        assertThat(rss).contains("<title>Listening Sessions in Battambang ក្រុមប្រឹក្សា</title>")
                .doesNotContain("alert('author')");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        Page author = newPage(1400, 1000, "en-US");
        signIn(author, "malee", TestData.STAFF_PASSWORD);
        author.locator("vaadin-button.new-post").click();
        author.locator(".post-title-field input").fill("Half-written thoughts");
        author.locator(".post-title-field input").press("Tab");

        author.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("My posts")).click();
        Locator dialog = author.locator("vaadin-confirm-dialog[aria-label='Leave without saving?']");
        assertThat(dialog).hasAttribute("opened", "");
        author.getByText("Stay and keep writing").click();
        assertThat(dialog).hasCount(0);
        assertThat(author).hasURL(Pattern.compile(".*/staff/write$"));
        assertThat(author.locator(".post-title-field input")).hasValue("Half-written thoughts");

        author.locator("vaadin-button.save-post").click();
        assertThat(author.locator(".post-state")).containsText("Draft");
        author.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("My posts")).click();
        assertThat(author).hasURL(Pattern.compile(".*/staff/posts$"));
        assertThat(author.locator(".my-posts-grid")).containsText("Half-written thoughts");
        assertThat(author.locator(".my-posts-grid")).containsText("Draft");
    }

    /** The combo box may open again as the server answers; Escape until it stays closed. */
    private static void closeDropDown(Page page, Locator input) {
        for (int tries = 0; tries < 5 && page.locator("vaadin-multi-select-combo-box[opened]").count() > 0; tries++) {
            input.press("Escape");
            page.waitForTimeout(300);
        }
        assertThat(page.locator("vaadin-multi-select-combo-box[opened]")).hasCount(0);
    }

    private static void setPublishAt(Page page, LocalDateTime at) {
        Locator inputs = page.locator(".post-publish-at input");
        inputs.nth(0).fill(at.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        inputs.nth(0).press("Enter");
        inputs.nth(1).fill(at.format(DateTimeFormatter.ofPattern("h:mm a", java.util.Locale.US)));
        inputs.nth(1).press("Enter");
    }
}
