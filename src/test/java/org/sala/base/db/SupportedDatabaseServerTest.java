package org.sala.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sala.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

@IntegrationTest
class SupportedDatabaseServerTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theServerTheTestsRunOnIsSupported() {
        assertThatCode(() -> SupportedDatabaseServer.requireSupported(dataSource)).doesNotThrowAnyException();
    }

    @Test
    void mariaDbFrom10_10IsSupported() {
        assertThatCode(() -> {
            SupportedDatabaseServer.requireSupported("MariaDB", 10, 10, "10.10.7-MariaDB");
            SupportedDatabaseServer.requireSupported("MariaDB", 10, 11, "10.11.18-MariaDB-0+deb12u1");
            SupportedDatabaseServer.requireSupported("MariaDB", 11, 4, "11.4.5-MariaDB");
            SupportedDatabaseServer.requireSupported("MySQL", 11, 8, "11.8.2-MariaDB-ubu2404");
        }).doesNotThrowAnyException();
    }

    @Test
    void anOlderMariaDbIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> SupportedDatabaseServer.requireSupported("MariaDB", 10, 6, "10.6.21-MariaDB"))
                .isInstanceOf(StartupRefused.class)
                .hasMessage("Sala needs MariaDB 10.10 or newer, but the database server is MariaDB 10.6.21-MariaDB.")
                .satisfies(refused -> {
                    FailureAnalysis analysis = new StartupRefusedAnalyzer().analyze(refused);
                    assertThat(analysis.getDescription()).contains("10.6.21");
                    assertThat(analysis.getAction()).contains("MariaDB 10.11 LTS or 11.4 LTS");
                });
    }

    @Test
    void mySqlIsRefused() {
        assertThatThrownBy(() -> SupportedDatabaseServer.requireSupported("MySQL", 8, 4, "8.4.5"))
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining("MySQL 8.4.5");
    }
}
