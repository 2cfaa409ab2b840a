package org.sala.wordpress.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.base.db.DatabaseOutage;
import org.sala.base.web.PermanentRedirects;
import org.sala.wordpress.service.WordPressLinks;
import org.springframework.stereotype.Component;

/**
 * Addresses of an imported WordPress site answer with a permanent redirect to where the content
 * lives in Sala: {@code /?p=123}, {@code /?page_id=2}, {@code /2016/10/slug/},
 * {@code /2016/10/05/slug/}, {@code /category/parent/child/}, {@code /tag/slug/}, {@code /page-slug/}.
 * Only WordPress's shapes are looked up (a trailing slash, a day, a query), so Sala's own
 * addresses cost nothing.
 */
@Component
class WordPressRedirects extends PermanentRedirects {

    private static final Pattern WP_ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern POST = Pattern.compile("^/[0-9]{4}/[0-9]{2}/(?:[0-9]{2}/)?([^/]{1,600})/$|^/[0-9]{4}/[0-9]{2}/[0-9]{2}/([^/]{1,600})$");
    private static final Pattern CATEGORY = Pattern.compile("^/category/(?:[^/]+/)*([^/]{1,600})/$|^/category/(?:[^/]+/)+([^/]{1,600})$");
    private static final Pattern TAG = Pattern.compile("^/tag/([^/]{1,600})/$");
    private static final Pattern PAGE = Pattern.compile("^/([^/.]{1,600})/$");

    private final WordPressLinks links;

    WordPressRedirects(WordPressLinks links, DatabaseOutage outage) {
        super(outage);
        this.links = links;
    }

    @Override
    protected Optional<String> movedTo(String path, HttpServletRequest request) {
        if (path.isEmpty() || "/".equals(path)) {
            String id = request.getParameter("p") != null ? request.getParameter("p") : request.getParameter("page_id");
            return id != null && WP_ID.matcher(id).matches() ? links.byId(id) : Optional.empty();
        }
        Matcher post = POST.matcher(path);
        if (post.matches()) {
            return links.postBySlug(segment(post));
        }
        Matcher category = CATEGORY.matcher(path);
        if (category.matches()) {
            return links.categoryBySlug(segment(category));
        }
        Matcher tag = TAG.matcher(path);
        if (tag.matches()) {
            return links.tagBySlug(segment(tag));
        }
        Matcher page = PAGE.matcher(path);
        if (page.matches() && !path.startsWith("/staff") && !path.startsWith("/VAADIN")) {
            return links.pageBySlug(segment(page));
        }
        return Optional.empty();
    }

    private static String segment(Matcher matcher) {
        String raw = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
