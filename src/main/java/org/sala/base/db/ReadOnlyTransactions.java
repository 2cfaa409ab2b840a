package org.sala.base.db;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;

/**
 * A read-only transaction does not mark its JDBC connection read-only: with MariaDB that costs two
 * more round trips per transaction ({@code SET SESSION TRANSACTION READ ONLY}, then
 * {@code READ WRITE} again), and every page runs a few such transactions. Hibernate still treats
 * the session as read-only (no flush, no snapshots of loaded entities). Transactions here never
 * ask for an isolation level, which would need the connection prepared.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyTransactions {

    @Bean
    static BeanPostProcessor connectionsNotPreparedForReadOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JpaTransactionManager manager && manager.getJpaDialect() instanceof HibernateJpaDialect dialect) {
                    dialect.setPrepareConnection(false);
                }
                return bean;
            }
        };
    }
}
