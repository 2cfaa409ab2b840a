package org.sala.base.db;

import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Boot's JPA transaction manager, changed for a MariaDB connection lost mid-transaction.
 * (Read-only transactions cost no round trips thanks to the driver's own
 * {@code readOnlyPropagatesToServer=false}, set in {@code application.properties}.)
 *
 * <p>When the connection to MariaDB was lost in the middle of a transaction, the server has rolled
 * it back already and the rollback call can only fail too. Spring would log that as an error
 * ("Application exception overridden by rollback exception") and throw the rollback failure
 * instead of the real one; here the real one goes on to the person's "briefly unavailable" message
 * and the log keeps one warning.
 */
@Configuration(proxyBeanMethods = false)
class JpaTransactions {

    @Bean
    PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager transactions = new MariaDbTransactionManager();
        customizers.ifAvailable(customizer -> customizer.customize(transactions));
        return transactions;
    }

    static final class MariaDbTransactionManager extends JpaTransactionManager {

        private static final Logger log = LoggerFactory.getLogger(JpaTransactions.class);

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            try {
                super.doRollback(status);
            } catch (RuntimeException failed) {
                if (connectionUsable()) {
                    throw failed;
                }
                log.debug("No rollback needed, the connection is gone: {}", failed.toString());
            }
        }

        /** Whether the transaction's JDBC connection still works (so the failed rollback is news). */
        private boolean connectionUsable() {
            if (!(TransactionSynchronizationManager.getResource(obtainEntityManagerFactory())
                    instanceof EntityManagerHolder holder)) {
                return true;
            }
            try {
                return holder.getEntityManager().unwrap(Session.class).doReturningWork(connection -> connection.isValid(1));
            } catch (RuntimeException connectionGone) {
                return false;
            }
        }
    }
}
