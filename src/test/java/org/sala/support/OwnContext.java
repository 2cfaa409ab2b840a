package org.sala.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that needs an application context of its own (other properties) beside the
 * shared one: Vaadin's auto-configuration sets Spring Security's JVM-wide context holder strategy
 * to the newest context's, while the shared context's method security keeps its own. This puts the
 * strategy back afterwards, so that later test classes on the shared context find their sign-ins.
 * Declare it before {@link IntegrationTest} (its callbacks then run around Spring's), together
 * with {@code @DirtiesContext(classMode = AFTER_CLASS)} to close the class's own context.
 */
public class OwnContext implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OwnContext.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(SecurityContextHolderStrategy.class, SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolderStrategy before = context.getStore(NAMESPACE)
                .get(SecurityContextHolderStrategy.class, SecurityContextHolderStrategy.class);
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
