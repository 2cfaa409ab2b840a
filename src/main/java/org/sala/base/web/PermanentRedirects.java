package org.sala.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sala.base.db.DatabaseOutage;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Addresses that moved answer GET and HEAD with a permanent redirect before any page is built.
 * While the database is down no lookup is made: the page itself then says "briefly unavailable"
 * (503).
 */
public abstract class PermanentRedirects extends OncePerRequestFilter {

    private final DatabaseOutage outage;

    protected PermanentRedirects(DatabaseOutage outage) {
        this.outage = outage;
    }

    /**
     * Where the address now lives, as a path starting with {@code /} (without the context path),
     * or empty when it did not move.
     *
     * @param path the request's path without the context path
     */
    protected abstract Optional<String> movedTo(String path, HttpServletRequest request);

    /** Where a GET of this path should go instead, if anywhere; nothing is looked up while the database is down. */
    public final Optional<String> redirectFor(String path, HttpServletRequest request) {
        return outage.unlessDown(() -> movedTo(path, request), Optional.empty());
    }

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> target = Optional.empty();
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            target = outage.unlessDown(() -> movedTo(path, request), Optional.empty());
        }
        if (target.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + target.get());
        } else {
            chain.doFilter(request, response);
        }
    }
}
