package org.sala.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.post.service.Archive;
import org.sala.post.service.InvalidTaxonomyException;
import org.sala.post.service.TaxonomyEntry;
import org.sala.post.service.TaxonomyService;
import org.sala.search.service.PostSearchService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class TaxonomyServiceTest {

    @Autowired
    TestData data;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    ArchiveService archives;

    @Autowired
    PostListService lists;

    @Autowired
    PostSearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void site() {
        data.reset();
        data.staff("admin", Role.ADMIN);
        data.staff("malee", Role.AUTHOR);
        LocalDateTime day = LocalDateTime.of(2025, 3, 1, 9, 0);
        data.publish("Rice harvest", "The harvest came in.", day, List.of("Updates", "Field Notes"),
                List.of("rice", "farming"));
        data.publish("River survey", "We surveyed the river.", day.plusDays(1), List.of("Field Notes"),
                List.of("river"));
        data.publish("Annual report", "The year in numbers.", day.plusDays(2), List.of("Updates"),
                List.of("farming", "reports"));
    }

    @Test
    void aRenamedCategoryKeepsItsSlugAndShowsUnderItsNewName() {
        long updates = category("Updates").id();

        asAdmin(() -> taxonomy.renameCategory(updates, "  News and updates "));

        assertThat(archives.categories()).contains(new CategoryLink("News and updates", "updates"))
                .extracting(CategoryLink::name).doesNotContain("Updates");
        Archive archive = lists.inCategory("updates", 1).orElseThrow();
        assertThat(archive.name()).isEqualTo("News and updates");
        assertThat(titles(archive)).containsExactly("Annual report", "Rice harvest");
        assertThat(archive.page().posts().getFirst().categories()).extracting(CategoryLink::name)
                .containsExactly("News and updates");

        long rice = tag("rice").id();
        asAdmin(() -> taxonomy.renameTag(rice, "Rice"));
        assertThat(lists.withTag("rice", 1).orElseThrow().name()).isEqualTo("Rice");
    }

    @Test
    void aNameThatIsTakenBlankOrTooLongIsRefused() {
        long updates = category("Updates").id();
        long farming = tag("farming").id();

        assertProblem(() -> taxonomy.renameCategory(updates, "Field Notes"), "name", "taxonomy.error.category-name-taken");
        assertProblem(() -> taxonomy.renameCategory(updates, "field notes"), "name", "taxonomy.error.category-name-taken");
        assertProblem(() -> taxonomy.renameCategory(updates, "   "), "name", "taxonomy.error.name-required");
        assertProblem(() -> taxonomy.renameCategory(updates, "x".repeat(101)), "name", "taxonomy.error.name-too-long");
        assertProblem(() -> taxonomy.renameTag(farming, "river"), "name", "taxonomy.error.tag-name-taken");
        assertProblem(() -> taxonomy.mergeTag(farming, farming), "target", "taxonomy.error.merge-into-itself");
        assertProblem(() -> taxonomy.mergeCategory(updates, null), "target", "taxonomy.error.target-required");

        asAdmin(() -> taxonomy.renameCategory(updates, "x".repeat(100)));
        asAdmin(() -> taxonomy.renameTag(farming, "Farming"));
        assertThat(category("x".repeat(100)).slug()).isEqualTo("updates");
        assertThat(tag("Farming").slug()).isEqualTo("farming");
    }

    @Test
    void mergingMovesThePostsOnceAndDeletesTheSource() {
        long updates = category("Updates").id();
        long fieldNotes = category("Field Notes").id();

        asAdmin(() -> taxonomy.mergeCategory(updates, fieldNotes));

        assertThat(asAdmin(taxonomy::categories)).extracting(TaxonomyEntry::name, TaxonomyEntry::posts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Field Notes", 3L));
        assertThat(lists.inCategory("updates", 1)).isEmpty();
        assertThat(titles(lists.inCategory("field-notes", 1).orElseThrow()))
                .containsExactly("Annual report", "River survey", "Rice harvest");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM post_category", Long.class)).isEqualTo(3);

        long farming = tag("farming").id();
        long rice = tag("rice").id();
        asAdmin(() -> taxonomy.mergeTag(rice, farming));
        assertThat(tag("farming").posts()).isEqualTo(2);
        assertThat(titles(lists.withTag("farming", 1).orElseThrow())).containsExactly("Annual report", "Rice harvest");
        assertThat(lists.withTag("rice", 1)).isEmpty();
        assertThat(search.search("harvest", 1).hits()).hasSize(1);
    }

    @Test
    void deletingKeepsThePostsWithTheirOtherCategoriesAndTags() {
        long updates = category("Updates").id();
        long farming = tag("farming").id();

        asAdmin(() -> taxonomy.deleteCategory(updates));
        asAdmin(() -> taxonomy.deleteTag(farming));

        assertThat(archives.categories()).extracting(CategoryLink::name).containsExactly("Field Notes");
        assertThat(lists.frontPage(1).posts()).hasSize(3);
        assertThat(titles(lists.inCategory("field-notes", 1).orElseThrow())).containsExactly("River survey", "Rice harvest");
        assertThat(lists.frontPage(1).posts()).filteredOn(post -> post.title().equals("Annual report"))
                .singleElement().extracting(PostSummary::categories).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(titles(lists.withTag("rice", 1).orElseThrow())).containsExactly("Rice harvest");
        assertThat(titles(lists.withTag("reports", 1).orElseThrow())).containsExactly("Annual report");
        assertThat(asAdmin(() -> taxonomy.countTags(""))).isEqualTo(3);
        assertProblem(() -> taxonomy.deleteTag(farming), "entry", "taxonomy.error.gone");
    }

    @Test
    void tagsArePagedAndFilteredByName() {
        data.publish("Many tags", "x", LocalDateTime.of(2025, 4, 1, 9, 0), List.of(),
                IntStream.rangeClosed(1, 25).mapToObj(n -> "topic %02d".formatted(n)).toList());

        assertThat(asAdmin(() -> taxonomy.countTags(""))).isEqualTo(29);
        assertThat(asAdmin(() -> taxonomy.countTags("TOPIC"))).isEqualTo(25);
        assertThat(asAdmin(() -> taxonomy.countTags("100%"))).isZero();
        assertThat(asAdmin(() -> taxonomy.tags("topic", 20, 10))).extracting(TaxonomyEntry::name)
                .containsExactly("topic 21", "topic 22", "topic 23", "topic 24", "topic 25");
        assertThat(asAdmin(() -> taxonomy.tags("", 0, 3))).extracting(TaxonomyEntry::name, TaxonomyEntry::posts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("farming", 2L),
                        org.assertj.core.groups.Tuple.tuple("reports", 1L),
                        org.assertj.core.groups.Tuple.tuple("rice", 1L));
        long farming = tag("farming").id();
        assertThat(asAdmin(() -> taxonomy.tagsExcept(farming, "r", 0, 10))).extracting(TaxonomyEntry::name)
                .containsExactly("reports", "rice", "river");
    }

    @Test
    void onlyAdminsMayChangeCategoriesAndTags() {
        long updates = category("Updates").id();

        assertThatThrownBy(() -> data.asStaff("malee", Role.AUTHOR, () -> {
            taxonomy.renameCategory(updates, "Mine");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.asStaff("malee", Role.AUTHOR, taxonomy::categories))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taxonomy.deleteCategory(updates))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> taxonomy.tags("", 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(archives.categories()).extracting(CategoryLink::name).contains("Updates");
    }

    private TaxonomyEntry category(String name) {
        return asAdmin(taxonomy::categories).stream().filter(entry -> entry.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private TaxonomyEntry tag(String name) {
        return asAdmin(() -> taxonomy.tags(name, 0, 50)).stream().filter(entry -> entry.name().equals(name))
                .findFirst().orElseThrow();
    }

    private void assertProblem(Runnable change, String field, String key) {
        assertThatThrownBy(() -> asAdmin(change)).isInstanceOfSatisfying(InvalidTaxonomyException.class,
                invalid -> assertThat(invalid.problems()).containsEntry(field, key));
    }

    private <T> T asAdmin(Supplier<T> work) {
        return data.asStaff("admin", Role.ADMIN, work);
    }

    private void asAdmin(Runnable work) {
        data.asStaff("admin", Role.ADMIN, () -> {
            work.run();
            return null;
        });
    }

    private static List<String> titles(Archive archive) {
        return archive.page().posts().stream().map(PostSummary::title).toList();
    }
}
