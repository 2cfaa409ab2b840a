package org.sala.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.demo.DemoContentService;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A reader's way through the demo site, in headless Chromium. */
@IntegrationTest
class ReadingTheBlogBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    DemoContentService demo;

    @BeforeEach
    void demoSite() {
        data.clear();
        assertThat(demo.loadIfEmpty()).isTrue();
    }

    @Test
    void readMoreCategoryMonthSearchAndSecondPage() {
        Page page = newPage();
        page.navigate(url("/"));
        Locator cards = page.locator(".post-card");
        assertThat(cards).hasCount(10);
        assertThat(page).hasTitle("Latest posts – Sala");
        assertThat(cards.first().locator(".post-excerpt")).hasText(Pattern.compile(".*…$"));
        List<String> firstPageTitles = cards.locator("h2").allTextContents();
        screenshot(page, "01-front-page");

        // Read more
        cards.nth(1).locator(".read-more").click();
        Locator postTitle = page.locator("h1.post-title");
        assertThat(postTitle).hasText(firstPageTitles.get(1));
        assertThat(page).hasURL(Pattern.compile(".*/20\\d\\d/\\d\\d/[a-z0-9-]+$"));
        assertThat(page.locator(".post-body p").first()).isVisible();
        assertThat(page.locator(".post-neighbours a")).hasCount(2);
        screenshot(page, "02-post");

        // A category, from the post's own categories
        Locator category = page.locator(".post .post-categories a").first();
        String categoryName = category.textContent();
        category.click();
        assertThat(page.locator("h1")).hasText("Category: " + categoryName);
        assertThat(page.locator(".post-card").first()).isVisible();
        page.locator(".post-card .post-categories").all()
                .forEach(categories -> assertThat(categories).containsText(categoryName));
        screenshot(page, "03-category");

        // A month, from the archives
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Categories"))
                .getByText("Archives").click();
        Locator october = page.locator(".month-list li").filter(new Locator.FilterOptions().setHasText("October 2025"));
        assertThat(october).containsText("(3)");
        october.locator("a").click();
        assertThat(page.locator("h1")).hasText("Archive for October 2025");
        assertThat(page.locator(".post-card")).hasCount(3);
        assertThat(page).hasURL(Pattern.compile(".*/2025/10$"));
        screenshot(page, "04-month");

        // Search from the header, with the keyboard
        Locator searchBox = page.locator("#header-search-query");
        searchBox.fill("migrant workers");
        searchBox.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=migrant\\+workers$"));
        assertThat(page.locator(".search-hit").first()).isVisible();
        assertThat(page.locator(".search-summary mark")).hasText(new String[] {"migrant", "workers"});
        assertThat(page.locator(".search-hit").first().locator("mark").first()).isVisible();
        screenshot(page, "05-search");

        // Page 2 of the front page
        page.locator(".site-name").click();
        assertThat(page.locator(".post-card")).hasCount(10);
        page.locator(".pager-older").click();
        assertThat(page).hasURL(Pattern.compile(".*/\\?page=2$"));
        assertThat(page.locator(".post-card").first()).isVisible();
        List<String> secondPageTitles = page.locator(".post-card h2").allTextContents();
        assertThat(secondPageTitles).hasSize(10).doesNotContainAnyElementsOf(firstPageTitles);
        assertThat(page.locator(".pager-newer")).isVisible();
        assertThat(page).hasTitle("Latest posts – page 2 – Sala");
        screenshot(page, "06-page-2");
    }

    @Test
    void searchingInThaiFindsTheThaiPost() {
        Page page = newPage();
        page.navigate(url("/search?q=" + java.net.URLEncoder.encode("การค้ามนุษย์", java.nio.charset.StandardCharsets.UTF_8)));

        Locator blogPost = page.locator(".search-hit").filter(new Locator.FilterOptions().setHasText("แรงงานข้ามชาติ"));
        assertThat(blogPost).hasCount(1);
        assertThat(blogPost.locator(".search-snippet mark").first()).isVisible();
        screenshot(page, "07-thai-search");
    }

    @Test
    void anUnknownAddressIsAFriendlyNotFoundWithAWayBack() {
        Page page = newPage();
        Response response = page.navigate(url("/no/such/page"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page).hasTitle("Page not found – Sala");
        screenshot(page, "08-not-found");
        page.getByText("Go to the front page").click();
        assertThat(page.locator(".post-card")).hasCount(10);

        assertThat(page.navigate(url("/2019/05/a-post-that-never-was")).status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.navigate(url("/category/no-such-category")).status()).isEqualTo(404);
    }

    @Test
    void aPageFarPastTheEndSaysSoAndLeadsBack() {
        Page page = newPage();
        page.navigate(url("/?page=500"));

        assertThat(page.locator(".empty-state")).hasText("There are no posts on this page.");
        page.getByText("Back to the first page").click();
        assertThat(page.locator(".post-card")).hasCount(10);
    }

    @Test
    void theLanguageFollowsTheBrowserAndTheSwitcherChangesIt() {
        Page page = newPage(1280, 900, "th-TH");
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("โพสต์ล่าสุด");
        assertThat(page.locator(".post-card time").first()).hasText(Pattern.compile(".*25[67]\\d$"));
        screenshot(page, "09-thai");

        assertThat(page.locator(".language-switcher a[lang=th]")).hasAttribute("aria-current", "true");
        page.locator(".language-switcher a[lang=en]").click();
        assertThat(page.locator("h1")).hasText("Latest posts");
        page.reload();
        assertThat(page.locator("h1")).hasText("Latest posts");
        assertThat(page.locator(".post-card time").first()).hasText(Pattern.compile(".*20\\d\\d$"));
    }

    @Test
    void worksAtPhoneWidthAndByKeyboard() {
        Page page = newPage(390, 844, "en-US");
        page.navigate(url("/"));
        assertThat(page.locator(".post-card").first()).isVisible();

        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        screenshot(page, "10-phone");

        page.keyboard().press("Tab");
        Locator skipLink = page.locator(".skip-link");
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main")).isFocused();

        page.keyboard().press("Tab");
        Locator firstTitleLink = page.locator(".post-card h2 a").first();
        assertThat(firstTitleLink).isFocused();
        String title = firstTitleLink.textContent();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1.post-title")).hasText(title);
    }
}
