package org.sala.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sala.account.Role;
import org.sala.mail.service.OutboxSender;
import org.sala.support.BrowserTest;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.OwnContext;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sala as the production jar runs when nobody set {@code spring.mail.host}: no mail server and no
 * embedded catcher. Mail then waits in the outbox, and that must not go unnoticed: a warning
 * at startup, a notice at the top of the outbox page, the reason in the health details for staff;
 * readiness stays UP (readers are served all the same). In Chromium, against a context of its
 * own (closed afterwards).
 */
@ExtendWith(OwnContext.class)
@IntegrationTest
@TestPropertySource(properties = "sala.mail.embedded-catcher=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class MailHostMissingBrowserTest extends BrowserTest {

    private static final RequestOptions FROM_ELSEWHERE = RequestOptions.create().setHeader("X-Forwarded-For", "203.0.113.9");

    @Autowired
    TestData data;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aMailWaits() {
        data.reset();
        data.staff("admin", Role.ADMIN);
        transaction.executeWithoutResult(status -> outbox.queue(
                new MailMessage("reader@example.org", "Your comment was published", "Thank you.", "test")));
        assertThat(sender.sendDue()).as("mails attempted").isZero();
    }

    /** The context started in this class (with its own properties): its startup log is in the captured output. */
    @Test
    void startupWarnsOnceThatMailWaitsUntilAHostIsSet(CapturedOutput output) {
        List<String> warnings = output.getAll().lines().filter(line -> line.contains("No mail server is set")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.getFirst()).contains(" WARN ").contains("spring.mail.host").contains("SPRING_MAIL_HOST")
                .contains("waits in the outbox");
        assertThat(jdbc.queryForObject("SELECT CONCAT(status, ' ', attempts) FROM outbox_mail", String.class))
                .isEqualTo("PENDING 0");
    }

    @Test
    void theOutboxPageAndTheHealthDetailsSayWhyMailWaits() {
        // anonymous: readiness is UP, with the status alone
        var readiness = Http.get(port, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(Http.text(readiness)).isEqualTo("{\"status\":\"UP\"}");

        Page admin = newPage(1400, 1000, "en-US");
        signIn(admin, "admin", TestData.STAFF_PASSWORD);
        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Outbox")).click();
        Locator notice = admin.locator(".outbox-view > .outbox-notice");
        assertThat(notice).isVisible();
        assertThat(notice).containsText("Mail is not being sent: no mail server is set.");
        assertThat(notice).containsText("spring.mail.host (environment variable SPRING_MAIL_HOST)");
        assertThat(admin.locator(".outbox-grid")).containsText("Your comment was published");
        screenshot(admin, "outbox-no-mail-server");

        // the admin's session shows the details, also through a proxy
        APIResponse readinessForStaff = admin.request().get(url("/actuator/health/readiness"), FROM_ELSEWHERE);
        assertThat(readinessForStaff.status()).isEqualTo(200);
        String details = readinessForStaff.text();
        assertThat(JsonPath.<String>read(details, "$.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(details, "$.components.mail.status")).isEqualTo("UNKNOWN");
        assertThat(JsonPath.<String>read(details, "$.components.mail.details.outbox"))
                .isEqualTo("not sending, spring.mail.host is not set");
        assertThat(JsonPath.<Integer>read(details, "$.components.mail.details.waiting")).isEqualTo(1);
        assertThat(JsonPath.<String>read(details, "$.components.db.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(details, "$.components.diskSpace.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(details, "$.components.readinessState.status")).isEqualTo("UP");

        APIResponse metrics = admin.request().get(url("/actuator/prometheus"), FROM_ELSEWHERE);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("sala_mail_outbox_backlog 1.0");
    }

    @Test
    void anAuthorSeesNeitherHealthDetailsNorMetrics() {
        Page author = newPage();
        signIn(author, TestData.AUTHOR, "writer-password");
        APIResponse health = author.request().get(url("/actuator/health"), FROM_ELSEWHERE);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text()).doesNotContain("components");
        assertThat(author.request().get(url("/actuator/prometheus"), FROM_ELSEWHERE).status()).isEqualTo(403);
    }
}
