package org.sala.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.page.service.PageDraft;
import org.sala.page.service.PageEditingService;
import org.sala.post.InvalidPostException;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class SitePagesTest {

    @Autowired
    TestData data;

    @Autowired
    PageEditingService editing;

    @Autowired
    SitePageService pages;

    @BeforeEach
    void anAdmin() {
        data.reset();
        data.staff("admin", Role.ADMIN);
    }

    @Test
    void publishedPagesAreLinkedInTheirOrderAndHiddenOnesAreNot() {
        asAdmin(() -> editing.save(page("Resources", "Links.", 2, true)));
        asAdmin(() -> editing.save(page("About us ເກີ່ຍວກັບ", "Who **we** are. <script>alert(1)</script>", 1, true)));
        asAdmin(() -> editing.save(page("Draft page", "Not yet.", 0, false)));

        assertThat(pages.navigation()).extracting(PageLink::title).containsExactly("About us ເກີ່ຍວກັບ", "Resources");
        String slug = pages.navigation().getFirst().slug();
        assertThat(slug).startsWith("about-us");
        assertThat(pages.published(slug).orElseThrow().bodyHtml())
                .contains("<strong>we</strong>").doesNotContain("<script");
        assertThat(pages.published("draft-page")).isEmpty();
    }

    @Test
    void anAddressIsUniqueAndWellFormed() {
        PageDraft about = asAdmin(() -> editing.save(page("About", "One.", 0, true)));
        assertThat(about.getSlug()).isEqualTo("about");

        PageDraft clash = page("About again", "Two.", 1, true);
        clash.setSlug("about");
        assertThatThrownBy(() -> asAdmin(() -> editing.save(clash)))
                .isInstanceOfSatisfying(InvalidPostException.class,
                        invalid -> assertThat(invalid.problems()).containsEntry("slug", "authoring.error.slug.taken"));
        PageDraft bad = page("Bad", "x", 1, true);
        bad.setSlug("Not Good!");
        assertThatThrownBy(() -> asAdmin(() -> editing.save(bad))).isInstanceOf(InvalidPostException.class);

        about.setTitle("About the network");
        PageDraft renamed = asAdmin(() -> editing.save(about));
        assertThat(renamed.getSlug()).isEqualTo("about");
        assertThat(pages.published("about").orElseThrow().title()).isEqualTo("About the network");
    }

    @Test
    void onlyStaffWritePages() {
        assertThatThrownBy(() -> editing.save(page("Sneaky", "x", 0, true)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> data.asStaff("dara", Role.MODERATOR, () -> editing.save(page("Sneaky", "x", 0, true))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(pages.navigation()).isEmpty();
    }

    /** Pages are the site's: an author (who writes posts) can neither add, change nor delete one. */
    @Test
    void onlyAdminsWritePages() {
        PageDraft about = asAdmin(() -> editing.save(page("About", "Who we are.", 0, true)));

        assertThatThrownBy(() -> asAuthor(() -> editing.save(page("Mine", "x", 1, true))))
                .isInstanceOf(AccessDeniedException.class);
        about.setTitle("Taken over");
        assertThatThrownBy(() -> asAuthor(() -> editing.save(about))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAuthor(() -> {
            editing.delete(about.getId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAuthor(() -> editing.open(about.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAuthor(editing::list)).isInstanceOf(AccessDeniedException.class);
        assertThat(pages.navigation()).extracting(PageLink::title).containsExactly("About");

        about.setTitle("About the network");
        assertThat(asAdmin(() -> editing.save(about)).getTitle()).isEqualTo("About the network");
        asAdmin(() -> {
            editing.delete(about.getId());
            return null;
        });
        assertThat(pages.navigation()).isEmpty();
    }

    private <T> T asAuthor(Supplier<T> work) {
        return data.asStaff(TestData.AUTHOR, Role.AUTHOR, work);
    }

    private <T> T asAdmin(Supplier<T> work) {
        return data.asStaff("admin", Role.ADMIN, work);
    }

    private static PageDraft page(String title, String body, int position, boolean published) {
        PageDraft draft = new PageDraft();
        draft.setTitle(title);
        draft.setBody(body);
        draft.setNavPosition(position);
        draft.setPublished(published);
        return draft;
    }
}
