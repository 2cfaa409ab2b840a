package org.sala.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @Test
    void refusesToKeepASiteInTheTemporaryFolderWhereMariaDb4jWouldDeleteIt(@TempDir Path temporary) {
        Path directory = temporary.resolve("clone").resolve("data").resolve("mariadb");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(directory, "sala").close())
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining(directory.toString())
                .hasMessageContaining("would be lost")
                .satisfies(refused -> assertThat(((StartupRefused) refused).action())
                        .contains("SALA_EMBEDDED_DB_DIRECTORY=" + Path.of(System.getProperty("user.home"), ".sala", "mariadb")));
        assertThat(Files.exists(directory)).as("nothing was started or created there").isFalse();
    }
}
