package org.sala.base.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses a database server the migrations cannot run on, before the first migration touches it:
 * they use the collation {@code utf8mb4_uca1400_ai_ci}, which MariaDB has since 10.10 and MySQL
 * does not have at all.
 */
@Configuration(proxyBeanMethods = false)
class SupportedDatabaseServer {

    static final int OLDEST_MAJOR = 10;
    static final int OLDEST_MINOR = 10;

    @Bean
    FlywayMigrationStrategy migrateOnlyASupportedServer() {
        return flyway -> {
            requireSupported(flyway.getConfiguration().getDataSource());
            flyway.migrate();
        };
    }

    static void requireSupported(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData server = connection.getMetaData();
            requireSupported(server.getDatabaseProductName(), server.getDatabaseMajorVersion(),
                    server.getDatabaseMinorVersion(), server.getDatabaseProductVersion());
        } catch (SQLException e) {
            // Not reachable now: Flyway's own connection attempt then says why.
        }
    }

    static void requireSupported(String product, int major, int minor, String version) {
        boolean mariaDb = product.toLowerCase(Locale.ROOT).contains("mariadb")
                || version.toLowerCase(Locale.ROOT).contains("mariadb");
        boolean recentEnough = major > OLDEST_MAJOR || (major == OLDEST_MAJOR && minor >= OLDEST_MINOR);
        if (!mariaDb || !recentEnough) {
            throw new StartupRefused(
                    "Sala needs MariaDB %d.%d or newer, but the database server is %s %s."
                            .formatted(OLDEST_MAJOR, OLDEST_MINOR, product, version),
                    "Use MariaDB 10.11 LTS or 11.4 LTS (docker-compose.yml uses mariadb:11.4; Debian 12's"
                            + " mariadb-server is 10.11), or upgrade this server. Nothing was changed in the database.");
        }
    }
}
