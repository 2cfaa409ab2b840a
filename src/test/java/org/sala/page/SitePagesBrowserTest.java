package org.sala.page;

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

/** An admin writes an "About" page; readers find it in the header. In Chromium. */
@IntegrationTest
class SitePagesBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @BeforeEach
    void anAdmin() {
        data.reset();
        data.staff("admin", Role.ADMIN);
        data.post("A post", true);
    }

    @Test
    void aPublishedPageAppearsInTheHeader() {
        Page admin = newPage(1400, 1000, "en-US");
        signIn(admin, "admin", TestData.STAFF_PASSWORD);
        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Pages")).click();
        assertThat(admin).hasURL(Pattern.compile(".*/staff/pages$"));
        admin.locator(".page-title-field input").fill("About ເກີ່ຍວກັບ");
        admin.locator(".page-body-field textarea").fill("We are a **network**.\n\n<img src=x onerror=alert(1)>");
        assertThat(admin.locator(".post-preview strong")).hasText("network");
        admin.locator(".page-published-field input").check();
        admin.locator("vaadin-button.save-page").click();
        assertThat(admin.locator(".pages-grid")).containsText("About ເກີ່ຍວກັບ");
        screenshot(admin, "pages-01-admin");

        Page reader = anotherPerson();
        reader.navigate(url("/"));
        Locator link = reader.locator(".site-nav-page a");
        assertThat(link).hasText("About ເກີ່ຍວກັບ");
        link.click();
        assertThat(reader.locator("h1")).hasText("About ເກີ່ຍວກັບ");
        assertThat(reader.locator(".post-body strong")).hasText("network");
        assertThat(reader.locator("[onerror]")).hasCount(0);
        assertThat(reader).hasTitle("About ເກີ່ຍວກັບ – Sala");
        assertThat(alertsIn(reader)).isEmpty();
        screenshot(reader, "pages-02-reader");

        assertThat(reader.navigate(url("/page/no-such-page")).status()).isEqualTo(404);
    }

    /** Authors write posts; the site's pages are the admins'. An author finds no way in. */
    @Test
    void anAuthorHasNoPagesToEdit() {
        data.staff("malee", Role.AUTHOR);
        Page author = newPage(1400, 1000, "en-US");
        signIn(author, "malee", TestData.STAFF_PASSWORD);
        Locator menu = author.locator("vaadin-side-nav-item");
        assertThat(menu.filter(new Locator.FilterOptions().setHasText("My posts"))).hasCount(1);
        assertThat(menu.filter(new Locator.FilterOptions().setHasText("Pages"))).hasCount(0);

        assertThat(author.navigate(url("/staff/pages")).status()).isEqualTo(404);
        assertThat(author.locator(".not-found-view")).isVisible();
        assertThat(author.locator(".pages-admin")).hasCount(0);
        assertThat(author.locator(".page-title-field")).hasCount(0);
    }
}
