package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sala.account.Role;
import org.sala.base.html.Resanitised;
import org.sala.base.html.StoredHtmlResanitiser;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentHtmlPolicy;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.CommentRef;
import org.sala.moderation.service.ModerationService;
import org.sala.page.service.PageDraft;
import org.sala.page.service.PageEditingService;
import org.sala.post.PostHtmlPolicy;
import org.sala.post.service.PostDraft;
import org.sala.post.service.PostEditingService;
import org.sala.post.service.SavedPost;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.wordpress.service.WordPressImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored HTML is what pages and feeds show as it is: every body carries the version of the
 * policy it went through, and bodies from an older version are sanitised again.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HtmlPolicyVersionTest {

    private static final String HOSTILE = "<p>ok</p><script>alert(1)</script><img src=x onerror=alert(2)>";
    private static final ReaderContext READER = new ReaderContext("203.0.113.9", ReaderTokens.newToken());

    @Autowired
    TestData data;

    @Autowired
    PostEditingService posts;

    @Autowired
    PageEditingService pages;

    @Autowired
    CommentSubmissionService comments;

    @Autowired
    ModerationService moderation;

    @Autowired
    WordPressImportService wordPress;

    @Autowired
    StoredHtmlResanitiser resanitiser;

    @Autowired
    JdbcTemplate jdbc;

    private long postId;

    @BeforeEach
    void staffAndAPost() {
        data.reset();
        data.staff("malee", Role.AUTHOR);
        data.staff("dara", Role.MODERATOR);
        data.staff("admin", Role.ADMIN);
        postId = data.post("Open for answers", true);
    }

    @Test
    void everyWayOfWritingStoresTheCurrentPolicyVersion() {
        SavedPost draft = asMalee(() -> posts.save(postDraft("Field notes", "Notes **here**.")));
        var opened = asMalee(() -> posts.open(draft.id())).draft();
        opened.setBody("Edited <script>alert(1)</script> notes.");
        asMalee(() -> posts.publishNow(opened));
        long pageId = asAdmin(() -> pages.save(pageDraft("About", "Who **we** are."))).getId();
        long commentId = comments.submit(postId, null, commentDraft("Sokha", "Hello <b>there</b>"), READER);
        asModerator(() -> moderation.editAndApprove(ref(commentId), "Fixed *text*"));
        asModerator(() -> moderation.reply(ref(commentId), "Thank you."));

        assertThat(postVersion(postId)).isEqualTo(PostHtmlPolicy.VERSION);
        assertThat(postVersion(draft.id())).isEqualTo(PostHtmlPolicy.VERSION);
        assertThat(pageVersion(pageId)).isEqualTo(PostHtmlPolicy.VERSION);
        assertThat(jdbc.queryForList("SELECT html_policy_version FROM comment", Integer.class))
                .hasSize(2).containsOnly(CommentHtmlPolicy.VERSION);
        // the column's default, which rows stored before it existed have
        assertThat(PostHtmlPolicy.VERSION).isGreaterThan(0);
        assertThat(CommentHtmlPolicy.VERSION).isGreaterThan(0);
    }

    @Test
    void aWordPressImportStoresTheCurrentPolicyVersion() {
        asAdmin(() -> wordPress.importNow(fixture("river-notes.xml"), progress -> {}));

        assertThat(jdbc.queryForList("SELECT DISTINCT html_policy_version FROM post", Integer.class))
                .containsExactly(PostHtmlPolicy.VERSION);
        assertThat(jdbc.queryForList("SELECT DISTINCT html_policy_version FROM site_page", Integer.class))
                .containsExactly(PostHtmlPolicy.VERSION);
        assertThat(jdbc.queryForList("SELECT DISTINCT html_policy_version FROM comment", Integer.class))
                .containsExactly(CommentHtmlPolicy.VERSION);
    }

    @Test
    void outdatedHostileHtmlComesOutCleanAndCurrentRowsAreLeftAlone() {
        long fromSource = postId;
        long withoutSource = asMalee(() -> posts.publishNow(postDraft("No source", "Soon."))).id();
        long current = asMalee(() -> posts.publishNow(postDraft("Current", "Current."))).id();
        long pageFromSource = asAdmin(() -> pages.save(pageDraft("About", "Who **we** are."))).getId();
        long pageWithoutSource = asAdmin(() -> pages.save(pageDraft("Contact", "Write to us."))).getId();
        long comment = comments.submit(postId, null, commentDraft("Sokha", "Hello"), READER);
        long currentComment = comments.submit(postId, null, commentDraft("Vanna", "Hi"), READER);

        jdbc.update("UPDATE post SET body_html = ?, html_policy_version = 0 WHERE id = ?", HOSTILE, fromSource);
        jdbc.update("UPDATE post SET body_source = '', body_html = ?, html_policy_version = 0 WHERE id = ?",
                HOSTILE, withoutSource);
        jdbc.update("UPDATE site_page SET body_html = ?, html_policy_version = 0 WHERE id = ?", HOSTILE, pageFromSource);
        jdbc.update("UPDATE site_page SET body_source = ' ', body_html = ?, html_policy_version = 0 WHERE id = ?",
                HOSTILE, pageWithoutSource);
        jdbc.update("UPDATE comment SET body_html = ?, html_policy_version = 0 WHERE id = ?", HOSTILE, comment);
        // At the current version the stored HTML is trusted as it is: even this is left alone.
        jdbc.update("UPDATE post SET body_html = ? WHERE id = ?", HOSTILE, current);
        jdbc.update("UPDATE comment SET body_html = ? WHERE id = ?", HOSTILE, currentComment);
        Map<String, Object> postBefore = row("post", fromSource);
        Map<String, Object> currentBefore = row("post", current);
        Map<String, Object> commentBefore = row("comment", comment);
        Map<String, Object> currentCommentBefore = row("comment", currentComment);

        List<Resanitised> done = resanitiser.resanitiseOutdated();

        assertThat(done).extracting(Resanitised::kind, Resanitised::rows, Resanitised::changed)
                .containsExactlyInAnyOrder(
                        tuple("posts", 2, 2),
                        tuple("pages", 2, 2),
                        tuple("comments", 1, 1));
        // rendered again from the Markdown, not from the stored HTML
        assertThat(html("post", fromSource)).isEqualTo("<p>About Open for answers.</p>\n");
        assertThat(html("site_page", pageFromSource)).isEqualTo("<p>Who <strong>we</strong> are.</p>\n");
        // no Markdown: the stored HTML, sanitised
        assertThat(html("post", withoutSource)).isEqualTo("<p>ok</p><img src=\"x\" />");
        assertThat(html("site_page", pageWithoutSource)).isEqualTo("<p>ok</p><img src=\"x\" />");
        assertThat(html("comment", comment)).isEqualTo("<p>ok</p>");
        for (long id : List.of(fromSource, withoutSource)) {
            assertThat(postVersion(id)).isEqualTo(PostHtmlPolicy.VERSION);
        }
        assertThat(pageVersion(pageFromSource)).isEqualTo(PostHtmlPolicy.VERSION);
        assertThat(pageVersion(pageWithoutSource)).isEqualTo(PostHtmlPolicy.VERSION);
        assertThat(commentVersion(comment)).isEqualTo(CommentHtmlPolicy.VERSION);
        // Nobody edited them: their dates and the versions an editor's form holds stay.
        assertThat(row("post", fromSource)).containsEntry("updated_at", postBefore.get("updated_at"))
                .containsEntry("version", postBefore.get("version"));
        assertThat(row("comment", comment)).containsEntry("updated_at", commentBefore.get("updated_at"))
                .containsEntry("version", commentBefore.get("version"))
                .containsEntry("body_raw", "Hello");

        assertThat(row("post", current)).isEqualTo(currentBefore);
        assertThat(row("comment", currentComment)).isEqualTo(currentCommentBefore);
        assertThat(html("post", current)).isEqualTo(HOSTILE);
    }

    @Test
    void outdatedRowsAreWalkedABatchAtATime(CapturedOutput output) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ids.add(comments.submit(postId, null, commentDraft("Reader " + i, "Comment " + i), READER));
        }
        List<Long> outdated = List.of(ids.get(0), ids.get(1), ids.get(3), ids.get(5), ids.get(6));
        for (long id : outdated) {
            jdbc.update("UPDATE comment SET body_html = ?, html_policy_version = 0 WHERE id = ?", HOSTILE, id);
        }
        jdbc.update("UPDATE comment SET body_html = ? WHERE id = ?", HOSTILE, ids.get(2));
        jdbc.update("UPDATE post SET html_policy_version = 0");

        List<Resanitised> done = resanitiser.resanitiseOutdated(2);

        assertThat(done).filteredOn(kind -> kind.kind().equals("comments")).singleElement()
                .satisfies(comments -> {
                    assertThat(comments.rows()).isEqualTo(5);
                    assertThat(comments.changed()).isEqualTo(5);
                    assertThat(comments.batches()).isEqualTo(3);
                });
        assertThat(done).filteredOn(kind -> kind.kind().equals("posts")).singleElement()
                .satisfies(posts -> {
                    assertThat(posts.rows()).isEqualTo(1);
                    assertThat(posts.changed()).isZero();
                    assertThat(posts.batches()).isEqualTo(1);
                });
        for (long id : outdated) {
            assertThat(html("comment", id)).isEqualTo("<p>ok</p>");
            assertThat(commentVersion(id)).isEqualTo(CommentHtmlPolicy.VERSION);
        }
        assertThat(html("comment", ids.get(2))).isEqualTo(HOSTILE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE html_policy_version < ?", Integer.class,
                CommentHtmlPolicy.VERSION)).isZero();
        assertThat(output.getAll()).contains("Stored HTML sanitised again where an older policy had sanitised it: ")
                .contains("comments 5 (5 changed, now v" + CommentHtmlPolicy.VERSION + ")")
                .contains("posts 1 (0 changed, now v" + PostHtmlPolicy.VERSION + ")");

        assertThat(resanitiser.resanitiseOutdated(2)).extracting(Resanitised::rows).containsOnly(0);
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id);
    }

    private String html(String table, long id) {
        return jdbc.queryForObject("SELECT body_html FROM " + table + " WHERE id = ?", String.class, id);
    }

    private int postVersion(long id) {
        return jdbc.queryForObject("SELECT html_policy_version FROM post WHERE id = ?", Integer.class, id);
    }

    private int pageVersion(long id) {
        return jdbc.queryForObject("SELECT html_policy_version FROM site_page WHERE id = ?", Integer.class, id);
    }

    private int commentVersion(long id) {
        return jdbc.queryForObject("SELECT html_policy_version FROM comment WHERE id = ?", Integer.class, id);
    }

    private CommentRef ref(long commentId) {
        return asModerator(() -> moderation.item(commentId)).orElseThrow().ref();
    }

    private <T> T asMalee(Supplier<T> work) {
        return data.asStaff("malee", Role.AUTHOR, work);
    }

    private <T> T asAdmin(Supplier<T> work) {
        return data.asStaff("admin", Role.ADMIN, work);
    }

    private <T> T asModerator(Supplier<T> work) {
        return data.asStaff("dara", Role.MODERATOR, work);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(HtmlPolicyVersionTest.class.getResource("/wordpress/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PostDraft postDraft(String title, String body) {
        PostDraft draft = new PostDraft();
        draft.setTitle(title);
        draft.setBody(body);
        draft.setCategories(List.of("Blog"));
        return draft;
    }

    private static PageDraft pageDraft(String title, String body) {
        PageDraft draft = new PageDraft();
        draft.setTitle(title);
        draft.setBody(body);
        draft.setPublished(true);
        return draft;
    }

    private static CommentDraft commentDraft(String name, String body) {
        return new CommentDraft(name, "reader@example.org", "", body);
    }
}
