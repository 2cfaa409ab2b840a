package org.sala.site.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.base.db.DatabaseOutage;
import org.sala.base.db.DatabaseProblems;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteAddress;
import org.sala.base.ui.ReaderPage;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.web.PermanentRedirects;
import org.sala.comment.WaitingReaders;
import org.sala.comment.service.ReaderTokens;
import org.sala.site.ui.ReaderDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reader pages for readers without a session of their own: a GET of the front page, an archive,
 * a post or a search is answered with the whole page as HTML from {@link ReaderPageCache},
 * without a session, a Vaadin UI or a cookie, with an entity tag for conditional requests. It
 * runs before Spring Security and Vaadin, so a cached page costs little more than writing it.
 *
 * <p>Signed-in staff, and readers whose comments wait for a moderator on a post page (only they
 * may see them), pass on to the live UI, as does every other address.
 */
class ReaderPageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ReaderPageFilter.class);
    /** The query parameters reader pages read; the others do not change a page. */
    private static final List<String> PAGE_PARAMETERS = List.of("page", "q", "comments-after");
    private static final String CACHE_CONTROL = "public, no-cache";
    private static final String VARY = "Accept-Encoding, Accept-Language, Cookie";
    /** Says whether the page was made for the request or came from the cache (for operators and tests). */
    static final String SERVED_HEADER = "X-Reader-Page";

    private final ReaderRoutes routes;
    private final ReaderPageCache cache;
    private final ReaderDocument documents;
    private final SiteAddress address;
    private final WaitingReaders waitingReaders;
    private final List<PermanentRedirects> redirects;
    private final ReaderPageHeaders headers;
    private final DatabaseOutage outage;
    private final Counter cachedViews;
    private final Counter madeViews;

    ReaderPageFilter(ReaderRoutes routes, ReaderPageCache cache, ReaderDocument documents, SiteAddress address,
            WaitingReaders waitingReaders, List<PermanentRedirects> redirects, ReaderPageHeaders headers,
            DatabaseOutage outage, MeterRegistry meters) {
        this.outage = outage;
        this.cachedViews = views(meters, "hit");
        this.madeViews = views(meters, "miss");
        this.routes = routes;
        this.cache = cache;
        this.documents = documents;
        this.address = address;
        this.waitingReaders = waitingReaders;
        this.redirects = redirects;
        this.headers = headers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || request.getParameter("v-r") != null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<ReaderRoutes.Resolved> route = routes.resolve(path);
        if (route.isEmpty() || signedIn(request)
                || (route.get().source().showsReaderOwnContent() && hasCommentsWaiting(request))) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = ReaderLocales.resolve(cookie(request, ReaderLocales.COOKIE),
                Collections.list(request.getLocales()));
        String here = pathWithPageParameters(path, request);
        ReaderPageCache.Key key = new ReaderPageCache.Key(address.baseUrl(), here, locale.toLanguageTag());
        if (!cache.isCurrent(key) || hasOtherParameters(request)) {
            Optional<String> moved = movedTo(path, request);
            if (moved.isPresent()) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + moved.get());
                return;
            }
        }
        ReaderPageCache.Served served = cache.get(key, generation -> render(route.get(), request, locale, here, generation));
        response.setHeader(SERVED_HEADER, served.made() ? "made" : "cached");
        (served.made() ? madeViews : cachedViews).increment();
        write(served.page(), request, response);
    }

    /** Reader pages answered here (not those the live UI shows), by whether the cache had them. */
    private static Counter views(MeterRegistry meters, String cached) {
        return Counter.builder("sala.reader.page.views").tag("cached", cached)
                .description("Reader pages answered as HTML without a session, from the cache (hit) or made (miss)")
                .register(meters);
    }

    private RenderedPage render(ReaderRoutes.Resolved route, HttpServletRequest request, Locale locale, String here,
            long generation) {
        ReaderRequest readerRequest = new ReaderRequest(route.parameters(), request.getParameterMap().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, entry -> List.of(entry.getValue()))),
                locale);
        ReaderPage page;
        try {
            page = route.source().render(readerRequest);
            if (page.redirectTo().isPresent()) {
                return RenderedPage.redirect(request.getContextPath() + page.redirectTo().get(), generation);
            }
            if (!page.found()) {
                page = documents.notFound(locale);
            }
        } catch (RuntimeException failure) {
            boolean unavailable = DatabaseProblems.isDatabaseProblem(failure);
            if (unavailable) {
                log.warn("A reader page could not be made because the database is unavailable: {}", failure.toString());
            } else {
                log.error("A reader page failed: {}", here, failure);
            }
            page = documents.failed(locale, unavailable);
        }
        java.time.Instant freshUntil = page.freshUntil().filter(until -> until.isBefore(cache.freshUntilAtMost()))
                .orElse(cache.freshUntilAtMost());
        return RenderedPage.of(page.status(), locale.toLanguageTag(),
                documents.html(page, locale, here, request.getContextPath() + "/"), java.time.Instant.now(),
                freshUntil, generation);
    }

    private void write(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (page.location() != null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", page.location());
            return;
        }
        headers.apply(request, response);
        boolean gzip = acceptsGzip(request);
        String etag = "\"" + page.etag() + (gzip ? "-gz" : "") + "\"";
        response.setHeader("Vary", VARY);
        response.setHeader("Cache-Control", page.status() == 200 ? CACHE_CONTROL : "no-store");
        response.setHeader("Content-Language", page.language());
        // Spring's conditional-GET check writes ETag and Last-Modified, and the 304 when they match
        if (page.status() == 200
                && new ServletWebRequest(request, response).checkNotModified(etag, page.madeAt().toEpochMilli())) {
            return;
        }
        response.setStatus(page.status());
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = gzip ? page.gzip() : page.html();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.contains("gzip");
    }

    private Optional<String> movedTo(String path, HttpServletRequest request) {
        for (PermanentRedirects redirect : redirects) {
            Optional<String> target = redirect.redirectFor(path, request);
            if (target.isPresent()) {
                return target;
            }
        }
        return Optional.empty();
    }

    /** The address as cached pages know it: the path and only the parameters that change the page. */
    static String pathWithPageParameters(String path, HttpServletRequest request) {
        StringBuilder address = new StringBuilder(path.isEmpty() ? "/" : path);
        char separator = '?';
        for (String name : PAGE_PARAMETERS) {
            String value = request.getParameter(name);
            if (value == null || value.isEmpty() || ("page".equals(name) && "1".equals(value))) {
                continue;
            }
            address.append(separator).append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            separator = '&';
        }
        return address.toString();
    }

    private static boolean hasOtherParameters(HttpServletRequest request) {
        return request.getParameterMap().keySet().stream().anyMatch(name -> !PAGE_PARAMETERS.contains(name));
    }

    /** While the database is away nobody's own comments can be shown: then the cached page it is. */
    private boolean hasCommentsWaiting(HttpServletRequest request) {
        String token = cookie(request, ReaderTokens.COOKIE);
        return token != null && outage.unlessDown(() -> waitingReaders.hasCommentsWaiting(token), false);
    }

    /** Whether the request belongs to a signed-in person's session (never one made here: getSession(false)). */
    private static boolean signedIn(HttpServletRequest request) {
        if (request.getRequestedSessionId() == null) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = context instanceof SecurityContext security ? security.getAuthentication() : null;
        return authentication != null && authentication.isAuthenticated();
    }

    private static @Nullable String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
