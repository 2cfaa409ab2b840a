package org.sala.post.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.base.db.DatabaseOutage;
import org.sala.base.web.PermanentRedirects;
import org.sala.post.PostPageService;
import org.springframework.stereotype.Component;

/**
 * Old post addresses answer with a permanent redirect to the post's address now, before the
 * page is built: readers' bookmarks, search engines and feed readers all follow it.
 */
@Component
class MovedPostRedirects extends PermanentRedirects {

    private static final Pattern POST_PATH = Pattern.compile("^/\\d{4}/\\d{2}/([a-z0-9-]{1,200})/?$");

    private final PostPageService posts;

    MovedPostRedirects(PostPageService posts, DatabaseOutage outage) {
        super(outage);
        this.posts = posts;
    }

    @Override
    protected Optional<String> movedTo(String path, HttpServletRequest request) {
        Matcher post = POST_PATH.matcher(path);
        return post.matches() ? posts.movedFrom(post.group(1)).map(address -> "/" + address.path()) : Optional.empty();
    }
}
