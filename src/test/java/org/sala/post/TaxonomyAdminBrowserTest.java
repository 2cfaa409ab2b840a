package org.sala.post;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin renames, merges and deletes categories and tags, and readers see the result: in Chromium. */
@IntegrationTest
class TaxonomyAdminBrowserTest extends BrowserTest {

    @Autowired
    TestData data;

    @BeforeEach
    void aSite() {
        data.reset();
        data.staff("admin", Role.ADMIN);
        LocalDateTime day = LocalDateTime.of(2025, 3, 1, 9, 0);
        data.publish("Rice harvest", "The harvest came in.", day, List.of("Updates", "Field Notes"),
                List.of("rice", "farming"));
        data.publish("River survey", "We surveyed the river.", day.plusDays(1), List.of("Field Notes"),
                List.of("river"));
        data.publish("Office closed", "Closed for the holidays.", day.plusDays(2), List.of("Announcements"),
                List.of("farming"));
    }

    @Test
    void anAdminRenamesMergesAndDeletes() {
        Page admin = newPage(1400, 1000, "en-US");
        signIn(admin, "admin", TestData.STAFF_PASSWORD);
        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Categories and tags")).click();
        assertThat(admin).hasURL(Pattern.compile(".*/staff/taxonomy$"));
        Locator categories = admin.locator("vaadin-grid.category-grid");
        Locator tags = admin.locator("vaadin-grid.tag-grid");
        assertThat(categories).containsText("Announcements");
        assertThat(admin.locator(".tag-count")).hasText("3 tags");
        screenshot(admin, "taxonomy-01-lists");

        // A name another category has is refused beside the field, keeping what was typed.
        cell(categories, "Updates").click();
        Locator categoryEditor = admin.locator(".category-editor");
        assertThat(categoryEditor.locator(".taxonomy-editor-heading")).hasText("Category “Updates” (1 post)");
        Locator name = categoryEditor.locator(".taxonomy-name-field input");
        name.fill("field notes");
        categoryEditor.locator("vaadin-button.taxonomy-rename").click();
        assertThat(categoryEditor.locator(".taxonomy-name-field")).containsText("Another category already has this name");
        assertThat(name).hasValue("field notes");
        screenshot(admin, "taxonomy-02-name-taken");

        name.fill("News and updates");
        categoryEditor.locator("vaadin-button.taxonomy-rename").click();
        assertThat(notification(admin, "Renamed to “News and updates”")).isVisible();
        assertThat(cell(categories, "News and updates")).isVisible();
        assertThat(cell(categories, "Updates")).hasCount(0);

        // A tag merged into another: its posts move there, once each.
        admin.locator(".tag-filter input").fill("ri");
        assertThat(admin.locator(".tag-count")).hasText("2 tags");
        cell(tags, "rice").click();
        Locator tagEditor = admin.locator(".tag-editor");
        Locator target = tagEditor.locator(".taxonomy-merge-target input");
        target.fill("farm");
        admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("farming")).click();
        screenshot(admin, "taxonomy-03-merge");
        tagEditor.locator("vaadin-button.taxonomy-merge").click();
        assertThat(notification(admin, "“rice” merged into “farming”")).isVisible();
        assertThat(admin.locator(".tag-count")).hasText("1 tag");
        admin.locator(".tag-filter input").fill("");
        assertThat(admin.locator(".tag-count")).hasText("2 tags");
        assertThat(tags).not().containsText("rice");
        assertThat(tagEditor).isHidden();

        // Deleting asks first.
        cell(categories, "Announcements").click();
        categoryEditor.locator("vaadin-button.taxonomy-delete").click();
        Locator dialog = admin.locator("vaadin-confirm-dialog");
        assertThat(dialog).hasAttribute("opened", "");
        assertThat(dialog).containsText("1 post loses it");
        screenshot(admin, "taxonomy-04-confirm-delete");
        dialog.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(notification(admin, "“Announcements” deleted")).isVisible();
        assertThat(cell(categories, "Announcements")).isHidden();
        assertThat(cell(categories, "Field Notes")).isVisible();
        screenshot(admin, "taxonomy-05-after");

        Page reader = anotherPerson();
        reader.navigate(url("/category/updates"));
        assertThat(reader.locator("h1")).hasText("Category: News and updates");
        assertThat(reader.locator(".post-card h2")).hasText(new String[] {"Rice harvest"});
        reader.navigate(url("/tag/farming"));
        assertThat(reader.locator(".post-card h2")).hasText(new String[] {"Office closed", "Rice harvest"});
        screenshot(reader, "taxonomy-06-reader-tag");
        reader.navigate(url("/"));
        assertThat(reader.locator(".post-card h2")).hasText(new String[] {"Office closed", "River survey", "Rice harvest"});
        assertThat(reader.locator("body")).not().containsText("Announcements");
        assertThat(alertsIn(reader)).isEmpty();
    }

    /** The grid cell with exactly this text (no regex characters in it: the pattern runs in the browser). */
    private static Locator cell(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + text + "\\s*$"))).first();
    }

    private static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }
}
