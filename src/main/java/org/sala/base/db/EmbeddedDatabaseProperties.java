package org.sala.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB that development and the tests run on when no {@code spring.datasource.url}
 * is set (the packaged jar has none).
 *
 * @param directory where the embedded MariaDB keeps its files, relative to the working directory; empty for a
 *     temporary one, removed when Sala stops
 */
@ConfigurationProperties("sala.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("data/mariadb") String directory) {

    // A String, not a Path: Boot binds an empty value to a Path as null, and so as the default.
    public EmbeddedDatabaseProperties {
        directory = directory == null ? "" : directory.strip();
    }
}
