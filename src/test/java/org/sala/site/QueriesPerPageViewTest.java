package org.sala.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.comment.CommentAuthor;
import org.sala.comment.CommentImportService;
import org.sala.comment.CommentStatus;
import org.sala.post.PostAddress;
import org.sala.post.PostPageService;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.RequestStatements;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What one page view asks of the database, counted on the real application: a cached page nothing;
 * making it, the header comes from its cache, lists read a page of ids and then those rows (no query
 * per post or per comment).
 */
@IntegrationTest
class QueriesPerPageViewTest {

    @Autowired
    TestData data;

    @Autowired
    CommentImportService comments;

    @Autowired
    PostPageService postPages;

    @Autowired
    RequestStatements statements;

    @Autowired
    ApplicationEventPublisher events;

    @LocalServerPort
    int port;

    private PostAddress middle;

    @BeforeEach
    void site() {
        data.reset();
        LocalDateTime day = LocalDateTime.of(2025, 3, 1, 9, 0);
        for (int i = 1; i <= 12; i++) {
            PostAddress address = data.publish("Post " + i, "Text " + i + ".", day.plusDays(i),
                    List.of(i % 2 == 0 ? "Updates" : "Events", "Field Notes"), List.of("tag-" + i));
            if (i == 6) {
                middle = address;
            }
        }
        long postId = postPages.published(middle.slug()).orElseThrow().id();
        Long thread = null;
        for (int i = 0; i < 50; i++) {
            long id = comments.add(postId, i % 2 == 1 ? thread : null,
                    new CommentAuthor("Reader " + i, "reader" + i + "@example.org", null, "192.0.2.1", null),
                    "Comment " + i, CommentStatus.APPROVED, Instant.now().minusSeconds(3_600 - i));
            thread = i % 2 == 0 ? id : thread;
        }
    }

    @Test
    void theFrontPageReadsItsPostsInThreeQueries() {
        List<String> sql = madeAgain("/");
        assertThat(sql).as(String.join("\n", sql)).hasSize(3);
        assertThat(sql.getFirst()).startsWith("SELECT id FROM post");
        assertThat(cachedView("/")).as("statements of a cached view").isEmpty();
    }

    @Test
    void aPostWithFiftyCommentsReadsItInSixQueries() {
        List<String> sql = madeAgain("/" + middle.path());
        // the old-address check, the post with its author, categories and tags, its two neighbours,
        // its attachments, and the first fifty comments
        assertThat(sql).as(String.join("\n", sql)).hasSize(6);
        assertThat(sql).noneMatch(statement -> statement.toLowerCase().contains("count("));
        assertThat(cachedView("/" + middle.path())).as("statements of a cached view").isEmpty();
    }

    /**
     * The statements of making the page again after a change somewhere on the site, once a first
     * view filled the caches of what every page shows (the header).
     */
    private List<String> madeAgain(String path) {
        assertThat(Http.get(port, path).statusCode()).isEqualTo(200);
        events.publishEvent(new ReaderContentChanged("a test's change"));
        return cachedView(path);
    }

    private List<String> cachedView(String path) {
        statements.clear();
        HttpResponse<byte[]> response = Http.get(port, path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.text(response)).contains("Post 6");
        return statements.seen();
    }
}
