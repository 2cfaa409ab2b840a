package org.sala.newsletter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.mail.service.OutboxSender;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader subscribes in the footer, confirms from the mail, later unsubscribes from a mail's
 * link; an admin sees it all in the subscribers and outbox views. In Chromium.
 */
@IntegrationTest
class MailingListBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/newsletter/(confirm|unsubscribe)\\?token=\\S+)");

    @Autowired
    TestData data;
    @Autowired
    GreenMail smtp;
    @Autowired
    OutboxSender sender;

    @BeforeEach
    void site() throws Exception {
        data.reset();
        data.staff("admin", Role.ADMIN);
        data.post("A post", true);
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void subscribeConfirmAndUnsubscribeByTheLinksInTheMail() throws Exception {
        Page reader = newPage();
        reader.navigate(url("/"));
        Locator form = liveForm(reader, "subscribe");
        form.locator(".subscribe-email input").fill("not an address");
        form.locator(".subscribe-submit").click();
        assertThat(form.locator(".subscribe-email input")).hasAttribute("aria-invalid", "true");
        assertThat(form.locator(".subscribe-email .field-error")).containsText("does not look like an email address");
        assertThat(form.locator(".subscribe-email input")).hasValue("not an address");

        form.locator(".subscribe-email input").fill("kanya@example.org");
        form.locator(".subscribe-name input").fill("Kanya");
        form.locator(".subscribe-submit").click();
        assertThat(form.locator(".subscribe-done")).containsText("we sent a link to kanya@example.org");
        screenshot(reader, "newsletter-01-subscribed");

        MimeMessage confirmation = awaitMail();
        reader.navigate(link(confirmation, "confirm"));
        assertThat(reader.locator(".newsletter-confirm-done")).containsText("your subscription is confirmed");
        screenshot(reader, "newsletter-02-confirmed");

        reader.navigate(link(confirmation, "unsubscribe"));
        assertThat(reader.locator("h1")).hasText("Unsubscribe");
        reader.locator("vaadin-button.unsubscribe-button").click();
        assertThat(reader.locator(".newsletter-unsubscribe-done")).containsText("You are unsubscribed");
        screenshot(reader, "newsletter-03-unsubscribed");

        reader.navigate(url("/newsletter/confirm?token=broken"));
        assertThat(reader.locator(".newsletter-confirm-invalid")).isVisible();

        Page admin = anotherPerson(1400, 1000, "en-US");
        signIn(admin, "admin", TestData.STAFF_PASSWORD);
        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Subscribers")).click();
        admin.locator(".subscriber-search input").fill("kanya");
        assertThat(admin.locator(".subscriber-count")).hasText("1 subscriber");
        assertThat(admin.locator(".subscriber-grid")).containsText("kanya@example.org");
        assertThat(admin.locator(".subscriber-grid")).containsText("Unsubscribed");
        Download download = admin.waitForDownload(() -> admin.locator(".subscriber-export").click());
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("email,name,status,").contains("kanya@example.org,Kanya,UNSUBSCRIBED,");
        screenshot(admin, "newsletter-04-subscribers");

        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Outbox")).click();
        admin.locator(".outbox-grid").getByText("Please confirm your subscription to Sala").click();
        // mail goes out (to the embedded catcher here): no notice that it waits
        assertThat(admin.locator(".outbox-notice")).hasCount(0);
        assertThat(admin.locator(".outbox-details .outbox-body")).containsText("/newsletter/confirm?token=");
        assertThat(admin.locator(".outbox-details .outbox-headers")).containsText("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        assertThat(admin.locator(".outbox-state")).containsText("Sent on");
        screenshot(admin, "newsletter-05-outbox");

        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Subscribers")).click();
        admin.locator("vaadin-button.subscriber-remove").first().click();
        admin.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog vaadin-button[slot=confirm-button]").click();
        assertThat(admin.locator(".subscriber-count")).hasText("No subscribers");
    }

    private MimeMessage awaitMail() throws Exception {
        sender.sendDue();
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        return smtp.getReceivedMessages()[0];
    }

    private static String link(MimeMessage mail, String kind) throws Exception {
        Matcher matcher = LINK.matcher((String) mail.getContent());
        while (matcher.find()) {
            if (matcher.group(2).equals(kind)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No " + kind + " link in " + mail.getContent());
    }
}
