package org.sala.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sala.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded server the tests and {@code ./mvnw spring-boot:run} use: it trusts every
 * connection, so it listens on loopback only, and it makes no TLS certificate at startup (which
 * cost seconds of every start).
 */
@IntegrationTest
class EmbeddedServerSettingsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listensOnLoopbackOnly() {
        assertThat(variable("bind_address")).isEqualTo("127.0.0.1");
    }

    @Test
    void startsWithoutMakingATlsCertificate() {
        assertThat(variable("have_ssl")).isEqualTo("DISABLED");
        assertThat(variable("ssl_cert")).isNull();
    }

    @Test
    void storesTextAsFullUtf8() {
        assertThat(variable("character_set_server")).isEqualTo("utf8mb4");
        assertThat(variable("collation_server")).isEqualTo("utf8mb4_uca1400_ai_ci");
    }

    private String variable(String name) {
        return jdbc.queryForObject("SELECT @@GLOBAL." + name, String.class);
    }
}
