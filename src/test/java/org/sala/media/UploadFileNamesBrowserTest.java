package org.sala.media;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sala.account.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.LogErrors;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Files whose names hold path separators or URL characters, uploaded in the post editor in Chromium. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UploadFileNamesBrowserTest extends BrowserTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestData data;

    @BeforeEach
    void anAuthor() {
        data.reset();
        data.staff("malee", Role.AUTHOR);
    }

    @Test
    void namesWithSlashesAreKeptSafelyAndANameWithNothingLeftIsRefusedWithAMessage(CapturedOutput output) {
        Page author = newPage(1400, 1000, "en-US");
        signIn(author, "malee", TestData.STAFF_PASSWORD);
        author.navigate(url("/staff/write"));

        author.locator("vaadin-upload.featured-image-upload input[type=file]")
                .setInputFiles(new FilePayload("field/visit.jpg", "image/jpeg", photoBytes()));
        Locator preview = author.locator(".featured-image-preview");
        assertThat(preview).hasAttribute("alt", "field-visit.jpg");
        author.waitForFunction("() => document.querySelector('.featured-image-preview').naturalWidth === 40");

        Locator attachments = author.locator("vaadin-upload.attachment-upload input[type=file]");
        attachments.setInputFiles(new FilePayload("../../etc/report;v2.pdf", "application/pdf", PDF));
        Locator link = author.locator(".attachment-row a");
        assertThat(link).hasText("etc-report;v2.pdf");
        APIResponse served = author.request().get(url(link.getAttribute("href")));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(PDF);

        attachments.setInputFiles(new FilePayload("../../.pdf", "application/pdf", PDF));
        assertThat(author.locator("vaadin-notification-card")).containsText("Please rename the file");
        assertThat(link).hasCount(1);

        assertThat(LogErrors.in(output)).as("errors in the log").isEmpty();
    }

    private static byte[] photoBytes() {
        try {
            return Files.readAllBytes(photo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
