package org.sala.site.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sala.base.ui.ReaderPageSource;

/**
 * Which reader page an address shows, by the very routes of the Vaadin views ({@code @Route}):
 * one route table for the cached pages and the live UI.
 */
@org.springframework.stereotype.Component
class ReaderRoutes {

    /** A reader page and the route's parameters for an address. */
    record Resolved(ReaderPageSource source, Map<String, String> parameters) {}

    private final ServletContext servletContext;
    private final Map<Class<? extends Component>, ReaderPageSource> sources;

    ReaderRoutes(ServletContext servletContext, List<ReaderPageSource> sources) {
        this.servletContext = servletContext;
        this.sources = sources.stream().collect(Collectors.toMap(ReaderPageSource::view, Function.identity()));
    }

    /** The reader page at this path (without the context path), if a reader view has its route. */
    Optional<Resolved> resolve(String path) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        NavigationRouteTarget target = registry.getNavigationRouteTarget(path.startsWith("/") ? path.substring(1) : path);
        if (target == null || !target.hasTarget()) {
            return Optional.empty();
        }
        ReaderPageSource source = sources.get(target.getRouteTarget().getTarget());
        if (source == null) {
            return Optional.empty();
        }
        RouteParameters routeParameters = target.getRouteParameters();
        Map<String, String> parameters = new HashMap<>();
        routeParameters.getParameterNames()
                .forEach(name -> routeParameters.get(name).ifPresent(value -> parameters.put(name, value)));
        return Optional.of(new Resolved(source, parameters));
    }
}
