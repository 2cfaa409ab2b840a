package org.sala.base.web;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.catalina.LifecycleException;
import org.springframework.boot.tomcat.TomcatEmbeddedWebappClassLoader;

/**
 * The web application's class loader (Spring Boot's own, for the embedded Tomcat), remembering
 * where the class path has a given service-provider file ({@code META-INF/services/<name>}).
 *
 * <p>Vaadin asks {@link java.util.ServiceLoader} for some services on every page view, and the
 * class path has none of them: the push connection factory for each new UI
 * ({@code BootstrapHandler.setupPushConnectionFactory}), the role prefix holder for each access
 * check ({@code SecurityUtil.getRolesChecker} through {@code SpringLookup}) and, in production, the
 * dev-mode handler manager for each initial response ({@code JavaScriptBootstrapHandler.getErrors}
 * through {@code DevModeHandlerManager.getDevModeHandler}). Vaadin's lookup keeps only its own
 * default services, so each of those looked for the file in all of the application's jars: 15%
 * of the CPU time of a live front page or post view, 23% of the 404 page's (JFR, production jar).
 * The class path does not change while the application runs, so the answer is kept: the first
 * look-up of a name scans, later ones read the list. The same providers are found as before, in
 * the same order, and every other resource and class is looked up as Spring Boot's loader does.
 */
public class ServiceFileCache extends TomcatEmbeddedWebappClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    static final String SERVICE_FILES = "META-INF/services/";

    private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();
    private final LongAdder scans = new LongAdder();

    public ServiceFileCache(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICE_FILES)) {
            return super.getResources(name);
        }
        List<URL> found = serviceFiles.get(name);
        if (found == null) {
            scans.increment();
            found = List.copyOf(Collections.list(super.getResources(name)));
            List<URL> earlier = serviceFiles.putIfAbsent(name, found);
            found = earlier != null ? earlier : found;
        }
        return Collections.enumeration(found);
    }

    /** How many times a service-provider file was looked for in the class path (not in the cache). */
    public long scans() {
        return scans.sum();
    }

    /** The service-provider files looked for so far ({@code META-INF/services/<service class>}). */
    public Set<String> known() {
        return Set.copyOf(serviceFiles.keySet());
    }

    @Override
    public void stop() throws LifecycleException {
        serviceFiles.clear();
        super.stop();
    }
}
