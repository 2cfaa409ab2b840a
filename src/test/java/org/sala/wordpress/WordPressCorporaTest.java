package org.sala.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.wordpress.service.ImportReport;
import org.sala.wordpress.service.WordPressImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real WordPress exports from WordPress's own importer tests (GPL-2.0), read where the machine
 * has them ({@code ../shared/corpora/wxr}); never copied into the project.
 */
@IntegrationTest
class WordPressCorporaTest {

    private static final Path CORPORA = Path.of("..", "shared", "corpora", "wxr");

    @Autowired
    TestData data;

    @Autowired
    WordPressImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anAdmin() {
        data.reset();
        data.staff("admin", Role.ADMIN);
    }

    @Test
    void theThemeUnitTestDataImportsWithItsThreadsAndTwiceAddsNothing() {
        ImportReport report = importCorpus("theme-unit-test-data.xml");
        assertThat(report.imported().get("posts")).isGreaterThan(30);
        assertThat(report.imported().get("pages")).isGreaterThan(10);
        assertThat(report.imported().get("comments")).isGreaterThan(20);
        assertThat(report.skipped()).extracting(ImportReport.Note::detail).contains("nav_menu_item");
        assertThat(jdbc.queryForObject("SELECT MAX(depth) FROM comment", Integer.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM post WHERE body_html LIKE '%<script%' "
                + "OR body_html LIKE '%onerror%' OR body_source LIKE '%<script%'", Integer.class)).isZero();
        int posts = jdbc.queryForObject("SELECT COUNT(*) FROM post", Integer.class);

        ImportReport again = importCorpus("theme-unit-test-data.xml");

        assertThat(again.imported().values()).allMatch(count -> count == 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM post", Integer.class)).isEqualTo(posts);
    }

    @Test
    void utf8ChallengesKeepEveryCharacter() {
        importCorpus("wxr-utf-8-challenges.xml");
        assertThat(jdbc.queryForList("SELECT title FROM post", String.class))
                .contains("\"The Road \u202ENot\u202C Taken\" by Rob\u202Dert \u202EFrost \u202A🌲\u202C");
    }

    @Test
    void olderVersionsImport() {
        assertThat(importCorpus("valid-wxr-1.1.xml").imported().get("posts")).isPositive();
        assertThat(importCorpus("small-export.xml").imported().get("posts")).isPositive();
    }

    private ImportReport importCorpus(String name) {
        Path file = CORPORA.resolve(name);
        assumeTrue(Files.isReadable(file), "WordPress corpus not on this machine: " + file);
        return data.asStaff("admin", Role.ADMIN, () -> imports.importNow(file, progress -> {}));
    }
}
