package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.CommentRef;
import org.sala.moderation.service.ModerationService;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.LongTest;
import org.sala.support.SafeMarkup;
import org.sala.support.TestData;
import org.sala.support.XssCorpora;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every payload of the public XSS corpora sent as a reader's comment (text and name) and
 * approved by a moderator: each is taken or refused with a form message, and every post page
 * answers with safe markup. Websites go through the form's own check.
 */
@IntegrationTest
@LongTest
class CommentXssCorporaTest {

    private static final int PER_POST = 50;

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    ModerationService moderation;

    @Autowired
    Validator validator;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void everyPayloadIsTakenSafelyOrRefusedWithAMessage() {
        data.reset();
        data.staff("keeper", Role.MODERATOR);
        List<String> payloads = XssCorpora.all();
        List<Long> posts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> refusals = new TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < payloads.size(); i++) {
            if (i % PER_POST == 0) {
                posts.add(data.post("Hostile comments " + posts.size(), true));
            }
            String payload = payloads.get(i);
            CommentDraft draft = new CommentDraft(payload.length() > CommentDraft.MAX_NAME
                    ? payload.substring(0, CommentDraft.MAX_NAME) : payload, "reader" + i + "@example.org", "", payload);
            ReaderContext reader = new ReaderContext("198.18." + (i / 250) + "." + (i % 250 + 1), ReaderTokens.newToken());
            try {
                submissions.submit(posts.getLast(), null, draft, reader);
            } catch (InvalidCommentException refused) {
                refused.problems().forEach((field, key) -> refusals.merge(field + " " + key, 1, Integer::sum));
            } catch (RuntimeException e) {
                failures.add(payload + " -> " + e);
            }
        }
        long submitMillis = (System.nanoTime() - started) / 1_000_000;
        for (long post : posts) {
            List<CommentRef> waiting = jdbc.query("SELECT id, version FROM comment WHERE post_id = ? AND status = 'PENDING'",
                    (row, n) -> new CommentRef(row.getLong(1), row.getLong(2)), post);
            data.asStaff("keeper", Role.MODERATOR, () -> moderation.approve(waiting));
        }
        int approved = jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE status = 'APPROVED'", Integer.class);
        int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("XSS corpora as reader comments: %d payloads, %d approved, refused %s, %d ms to send%n",
                payloads.size(), approved, refusals, submitMillis);

        for (long post : posts) {
            String path = "/" + data.address(post).path();
            HttpResponse<byte[]> response = Http.get(port, path);
            if (response.statusCode() != 200) {
                failures.add(path + " answered " + response.statusCode());
                continue;
            }
            Document page = Jsoup.parse(Http.text(response), Http.base(port) + path);
            SafeMarkup.postPageProblems(page).forEach(problem -> failures.add(path + " " + problem));
            int shown = page.select("article.comment").size();
            int onPost = jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE post_id = ? AND status = 'APPROVED'",
                    Integer.class, post);
            if (shown != onPost) {
                failures.add(path + " shows " + shown + " of " + onPost + " comments");
            }
        }

        for (String payload : payloads) {
            CommentDraft draft = new CommentDraft("Reader", "reader@example.org", payload, "Hello");
            boolean refusedWebsite = validator.validate(draft).stream()
                    .anyMatch(violation -> violation.getPropertyPath().toString().equals("website"));
            if (!refusedWebsite && !CommentAuthor.isWebAddress(payload)) {
                failures.add("website " + payload + " passes the form");
            }
        }
        assertThat(approved + refused).isGreaterThanOrEqualTo(payloads.size());
        assertThat(approved).isGreaterThan(payloads.size() * 9 / 10);
        assertThat(failures).isEmpty();
    }
}
