package org.sala.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A new migration takes the next version after the highest. Flyway refuses to start on a database
 * that already has a higher version than a migration it has not applied, so a new {@code V13}
 * beside a released {@code V22} would stop every existing installation. The gaps left while Sala
 * was young (8, 9, 13 to 19) stay empty for good.
 */
class MigrationVersionsTest {

    /** Versions that installations may already have applied; the gaps between them are closed. */
    private static final SortedSet<Integer> RELEASED = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 20, 21, 22));

    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql");

    @Test
    void everyMigrationIsNamedWithAWholeVersionAndASnakeCaseDescription() throws IOException {
        for (Resource migration : migrations()) {
            assertThat(migration.getFilename()).as("a migration's name: V<next version>__what_it_does.sql").matches(NAME);
        }
    }

    @Test
    void newMigrationsFollowTheHighestOneWithoutGapsOrDuplicates() throws IOException {
        List<Integer> versions = new ArrayList<>();
        for (Resource migration : migrations()) {
            Matcher name = NAME.matcher(migration.getFilename());
            if (name.matches()) {
                versions.add(Integer.valueOf(name.group(1)));
            }
        }
        assertThat(versions).as("one migration per version").doesNotHaveDuplicates();
        assertThat(versions).as("released migrations are never deleted").containsAll(RELEASED);

        int highestReleased = RELEASED.last();
        List<Integer> added = versions.stream().filter(version -> !RELEASED.contains(version)).sorted().toList();
        for (int i = 0; i < added.size(); i++) {
            assertThat(added.get(i))
                    .as("V%d sorts below or beside released ones and would stop existing databases; name it V%d",
                            added.get(i), highestReleased + i + 1)
                    .isEqualTo(highestReleased + i + 1);
        }
    }

    private static List<Resource> migrations() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        assertThat(found).as("migrations on the class path").isNotEmpty();
        return List.of(found);
    }
}
