package org.sala.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.sala.support.BrowserTest;
import org.sala.support.Http;

/**
 * The production jar on a standalone MariaDB server, configured as docker-compose.yml configures
 * it (only {@code SPRING_DATASOURCE_*} and {@code SALA_*} variables, no demo content). Run by
 * {@code .ci/standalone-mariadb}, which starts the server and the jar, and sets
 * {@code SALA_PRODUCTION_PHASE}: {@code fresh} on a new empty database, then {@code restored} on a
 * second Sala started on a database and media folder restored from a backup of the first.
 */
@EnabledIfEnvironmentVariable(named = "SALA_PRODUCTION_PORT", matches = "\\d+")
class ProductionServerTest extends BrowserTest {

    static final String TITLE = "Production check: ស្វាគមន៍ to the sala 👋";
    static final String COMMENT = "The first reader's word: សូមអរគុណ 🙏";
    static final String REPLY = "And an answer to it, in Lao: ຂອບໃຈ";

    /** Production's sala.comments.min-time-on-form (3 s), and a little more. */
    private static final int FASTER_IS_A_BOT = 3_500;

    private String adminName;
    private String adminPassword;

    @BeforeEach
    void theServerUnderTest() {
        port = Integer.parseInt(System.getenv("SALA_PRODUCTION_PORT"));
        adminName = System.getenv().getOrDefault("SALA_ADMIN_USERNAME", "admin");
        adminPassword = System.getenv("SALA_ADMIN_PASSWORD");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SALA_PRODUCTION_PHASE", matches = "fresh")
    void aNewSiteIsMigratedWrittenCommentedAndModerated() {
        HttpResponse<byte[]> front = Http.get(port, "/");
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(Http.text(front)).contains("<title>").contains("Sala");
        Http.assertNoCookie(front);

        Page admin = newPage(1400, 1000, "en-US");
        signIn(admin, adminName, adminPassword);
        admin.navigate(url("/staff/write"));
        admin.locator(".post-title-field input").fill(TITLE);
        admin.locator(".post-body-field textarea").fill("Written on a **standalone** MariaDB server.");
        admin.locator("vaadin-upload.featured-image-upload input[type=file]").setInputFiles(photo());
        assertThat(admin.locator(".featured-image-preview")).isVisible();
        admin.locator("vaadin-button.publish-post").click();
        assertThat(admin.locator(".post-state")).containsText("Published");
        screenshot(admin, "production-01-published");

        Page reader = anotherPerson();
        reader.navigate(url("/"));
        reader.locator(".post-card").filter(new Locator.FilterOptions().setHasText("Production check"))
                .locator(".read-more").click();
        assertThat(reader.locator("h1")).hasText(TITLE);
        String postUrl = reader.url();
        liveForm(reader, "comment-form");
        reader.waitForTimeout(FASTER_IS_A_BOT);
        sendComment(reader, "Sokha", "sokha@example.org", COMMENT);
        assertThat(reader.locator(".comment.comment-pending .comment-body")).hasText(COMMENT);

        approve(admin, "សូមអរគុណ");
        Page replier = anotherPerson();
        replier.navigate(postUrl);
        assertThat(replier.locator(".comment .comment-body")).hasText(COMMENT);
        replier.locator(".comment .comment-reply").first().click();
        Locator form = replier.locator("[data-island=comment-form][data-live] form");
        form.waitFor();
        replier.waitForTimeout(FASTER_IS_A_BOT);
        form.locator("textarea[name=body]").fill(REPLY);
        form.locator("input[name=name]").fill("Noy");
        form.locator("input[name=email]").fill("noy@example.org");
        form.locator(".comment-submit").click();
        assertThat(replier.locator(".comment.comment-pending")).hasClass(Pattern.compile(".*depth-1.*"));
        approve(admin, "ຂອບໃຈ");

        Page later = anotherPerson();
        later.navigate(postUrl);
        assertThreadIsThere(later);
        screenshot(later, "production-02-thread");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SALA_PRODUCTION_PHASE", matches = "restored")
    void aRestoredSiteHasItsPostsThreadsFilesAndAccounts() {
        Page reader = newPage();
        reader.navigate(url("/"));
        reader.locator(".post-card").filter(new Locator.FilterOptions().setHasText("Production check"))
                .locator(".read-more").click();
        assertThat(reader.locator("h1")).hasText(TITLE);
        assertThreadIsThere(reader);
        reader.waitForFunction("() => document.querySelector('img.post-featured-image')?.naturalWidth === 40");

        Page admin = anotherPerson();
        signIn(admin, adminName, adminPassword);
        admin.navigate(url("/staff/moderation"));
        admin.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(admin.locator(".moderation-count")).hasText("0 Pending");
        screenshot(reader, "production-03-restored");
    }

    private static void assertThreadIsThere(Page page) {
        assertThat(page.locator(".comments h2")).hasText("2 comments");
        assertThat(page.locator(".comment.depth-0 .comment-body").first()).hasText(COMMENT);
        assertThat(page.locator(".comment.depth-1 .comment-body")).hasText(REPLY);
        assertThat(page.locator(".comment-pending")).hasCount(0);
    }

    private void approve(Page moderator, String text) {
        moderator.navigate(url("/staff/moderation"));
        moderator.locator("vaadin-grid.moderation-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text)).first().click();
        assertThat(moderator.locator(".comment-details")).containsText(text);
        moderator.locator(".comment-details .decide-approved").click();
        assertThat(moderator.locator(".moderation-count")).hasText("0 Pending");
    }
}
