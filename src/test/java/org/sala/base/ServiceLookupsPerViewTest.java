package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.sala.base.web.ServiceFileCache;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page view with a Vaadin UI does not search the class path for service providers: Vaadin
 * looks some up with {@link ServiceLoader} on every view, and the web application's class loader
 * answers those from what it found the first time.
 */
@IntegrationTest
class ServiceLookupsPerViewTest {

    private static final String SERVICES = "META-INF/services/";

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Test
    void pageViewsAfterTheFirstScanNoJarForServiceProviders() {
        assertThat(servletContext.getClassLoader()).as("the web application's class loader")
                .isInstanceOf(ServiceFileCache.class);
        ServiceFileCache loader = (ServiceFileCache) servletContext.getClassLoader();
        views();
        // The look-ups the profile found on every view: one per new UI, one per access check.
        assertThat(loader.known()).contains(
                SERVICES + "com.vaadin.flow.server.communication.PushConnectionFactory",
                SERVICES + "com.vaadin.flow.spring.security.VaadinRolePrefixHolder");

        long scans = loader.scans();
        views();
        views();
        assertThat(loader.scans()).as("class-path scans for service-provider files during two more views of each page")
                .isEqualTo(scans);
    }

    @Test
    void findsTheSameProvidersAsTheClassPath() {
        ClassLoader loader = servletContext.getClassLoader();
        for (int i = 0; i < 2; i++) {
            assertThat(ServiceLoader.load(ServletContainerInitializer.class, loader).stream()
                    .map(provider -> provider.type().getName()).toList())
                    .isNotEmpty()
                    .isEqualTo(ServiceLoader.load(ServletContainerInitializer.class, loader.getParent()).stream()
                            .map(provider -> provider.type().getName()).toList());
        }
    }

    /** Pages answered by a new Vaadin UI (cookie-less reader pages are cached HTML without one). */
    private void views() {
        assertThat(Http.get(port, "/no-such-page").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/login").statusCode()).isEqualTo(200);
    }
}
