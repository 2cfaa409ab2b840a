package org.sala.base.ui;

import com.vaadin.flow.router.BeforeEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader asked for: the route's parameters ({@code slug}, {@code year}), the query
 * ({@code page}, {@code q}) and the reader's language. The same for a cached page and a live view.
 */
public record ReaderRequest(Map<String, String> parameters, Map<String, List<String>> query, Locale locale) {

    public ReaderRequest {
        parameters = Map.copyOf(parameters);
        query = Map.copyOf(query);
    }

    public static ReaderRequest of(BeforeEvent event, Locale locale) {
        Map<String, String> parameters = new java.util.HashMap<>();
        event.getRouteParameters().getParameterNames()
                .forEach(name -> event.getRouteParameters().get(name).ifPresent(value -> parameters.put(name, value)));
        return new ReaderRequest(parameters, event.getLocation().getQueryParameters().getParameters(), locale);
    }

    public String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }

    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    /** The page of a paged list; anything that is not a page number reads as the first page. */
    public int page() {
        return Pages.parse(query(Pages.PARAMETER));
    }
}
