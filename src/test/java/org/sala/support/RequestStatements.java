package org.sala.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.TestComponent;

/**
 * The SQL statements Hibernate sends while answering HTTP requests (Tomcat's request threads),
 * so that a test can count what one page view costs. Background work (scheduled publishing, the
 * mail sender) runs on other threads and is not counted.
 */
@TestComponent
public class RequestStatements implements HibernatePropertiesCustomizer, StatementInspector {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void customize(java.util.Map<String, Object> hibernateProperties) {
        hibernateProperties.put("hibernate.session_factory.statement_inspector", this);
    }

    @Override
    public String inspect(String sql) {
        if (Thread.currentThread().getName().startsWith("http-nio-")) {
            seen.add(sql);
        }
        return sql;
    }

    /** Forgets what was seen so far. */
    public void clear() {
        seen.clear();
    }

    /** The statements seen since the last {@link #clear()}, in order. */
    public List<String> seen() {
        return List.copyOf(seen);
    }
}
