package org.sala.post.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.base.db.DatabaseOutage;
import org.sala.post.service.PostAddress;
import org.sala.post.service.PostPageService;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Old post addresses answer with a permanent redirect to the post's address now, before the
 * page is built: readers' bookmarks, search engines and feed readers all follow it.
 */
@Component
class MovedPostRedirects extends OncePerRequestFilter {

    private static final Pattern POST_PATH = Pattern.compile("^/\\d{4}/\\d{2}/([a-z0-9-]{1,200})/?$");

    private final PostPageService posts;
    private final DatabaseOutage outage;

    MovedPostRedirects(PostPageService posts, DatabaseOutage outage) {
        this.posts = posts;
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PostAddress> movedTo = Optional.empty();
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            Matcher path = POST_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            if (path.matches()) {
                movedTo = movedFrom(path.group(1));
            }
        }
        if (movedTo.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/" + movedTo.get().path());
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Nothing, while the database is down: the page itself then says "briefly unavailable" (503). */
    private Optional<PostAddress> movedFrom(String slug) {
        return outage.unlessDown(() -> posts.movedFrom(slug), Optional.empty());
    }
}
