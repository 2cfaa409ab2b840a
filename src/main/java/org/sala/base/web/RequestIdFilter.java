package org.sala.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: in the {@code X-Request-Id} response header, on every log line written
 * while it is answered ({@code request.id} in the MDC: plain logs show it in brackets, ECS logs as a
 * field), and on the error page. A request that ends in a server error gets one line of its own
 * saying which request it was, whatever else was logged about it (health checks answer 503 as a
 * status, not as a failure). A client that went away while it was answered is no failure
 * ({@link DisconnectedClients}: a DEBUG line), nor is a query Tomcat cannot decode (a 400, with
 * the site's error page). A proxy's id (nginx's
 * {@code $request_id}) is kept when it looks like one, so both logs name the same request.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String MDC_KEY = "request.id";
    public static final String HEADER = "X-Request-Id";

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);
    private static final Pattern FROM_PROXY = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && FROM_PROXY.matcher(given).matches() ? given : newId();
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, DisconnectedClients.forPage(request, response));
            if (response.getStatus() >= 500 && !request.getRequestURI().startsWith("/actuator/health")) {
                logFailure(request, response.getStatus(), started, null);
            }
        } catch (IOException | ServletException | RuntimeException e) {
            if (DisconnectedClients.wentAway(e)) {
                // nobody is left to answer; thrown on, Tomcat would log the wrapped ones as errors
                return;
            }
            if (badParameters(e)) {
                log.debug("Request refused: {} {} has parameters that cannot be decoded ({})", request.getMethod(),
                        request.getRequestURI(), e.toString());
            } else {
                logFailure(request, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, started, e);
            }
            throw e;
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** Tomcat answers these with 400 (and the site's error page): the client's mistake, not the site's. */
    private static boolean badParameters(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** 503 is the planned answer while the database is away (already logged as a warning), not a bug. */
    private static void logFailure(HttpServletRequest request, int status, long started, @Nullable Exception e) {
        String line = "Request failed: {} {} answered {} after {} ms{}";
        Object[] values = {request.getMethod(), request.getRequestURI(), status,
                (System.nanoTime() - started) / 1_000_000, e == null ? "" : " (" + e + ")"};
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE && e == null) {
            log.warn(line, values);
        } else {
            log.error(line, values);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
