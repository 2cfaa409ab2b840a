package org.sala.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sala.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only transaction costs no round trips of its own: the MariaDB driver keeps the
 * connection's read-only flag to itself ({@code readOnlyPropagatesToServer=false}) instead of
 * sending {@code SET SESSION TRANSACTION READ ONLY} and {@code READ WRITE} around each one.
 */
@IntegrationTest
class ReadOnlyTransactionsTest {

    private static final int TRANSACTIONS = 200;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DataSource dataSource;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void aReadOnlyTransactionSendsNoMoreSetStatementsThanAReadWriteOne() {
        TransactionTemplate readWrite = new TransactionTemplate(transactionManager);
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);

        long readWriteSets = setStatementsDuring(readWrite);
        long readOnlySets = setStatementsDuring(readOnly);

        // Other threads' transactions (schedules, the mail sender) may add a few to either count;
        // a read-only flag sent to the server would add two per transaction.
        assertThat(readOnlySets).as("SET statements in %d read-only transactions (read-write: %d)", TRANSACTIONS, readWriteSets)
                .isLessThan(readWriteSets + TRANSACTIONS / 4);
    }

    private long setStatementsDuring(TransactionTemplate transactions) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long before = setStatements(jdbc);
        for (int i = 0; i < TRANSACTIONS; i++) {
            transactions.executeWithoutResult(status -> entityManager.createQuery("select count(p) from Post p").getSingleResult());
        }
        return setStatements(jdbc) - before;
    }

    private static long setStatements(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select variable_value from information_schema.global_status where variable_name = 'COM_SET_OPTION'", Long.class);
    }
}
