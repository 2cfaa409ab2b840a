package org.sala.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.account.Role;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.wordpress.service.ImportProgress;
import org.sala.wordpress.service.ImportReport;
import org.sala.wordpress.service.WordPressImportService;
import org.sala.wordpress.service.WxrFormatException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Importing WordPress exports written for these tests, against the real database. */
@IntegrationTest
class WordPressImportTest {

    @Autowired
    TestData data;

    @Autowired
    WordPressImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anAdmin() {
        data.reset();
        data.staff("admin", Role.ADMIN);
    }

    static Path fixture(String name) {
        try {
            return Path.of(WordPressImportTest.class.getResource("/wordpress/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportReport importFile(Path file) {
        return data.asStaff("admin", Role.ADMIN, () -> imports.importNow(file, progress -> {}));
    }

    @Test
    void importsPostsPagesTermsAuthorsAttachmentsAndComments() {
        List<ImportProgress> seen = new ArrayList<>();
        ImportReport report = data.asStaff("admin", Role.ADMIN,
                () -> imports.importNow(fixture("river-notes.xml"), seen::add));

        assertThat(report.imported()).containsEntry("authors", 2).containsEntry("categories", 3)
                .containsEntry("tags", 2).containsEntry("posts", 4).containsEntry("pages", 1)
                .containsEntry("comments", 5).containsEntry("attachments", 1);
        assertThat(report.skipped()).extracting(ImportReport.Note::key)
                .contains("wordpress.skip.status", "wordpress.skip.type");
        assertThat(report.warnings()).extracting(ImportReport.Note::key, ImportReport.Note::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("wordpress.warning.shortcode-unknown", "contact-form-7"),
                        org.assertj.core.groups.Tuple.tuple("wordpress.warning.private", ""));
        assertThat(seen.getFirst().phase()).isEqualTo(ImportProgress.Phase.CHECKING);
        assertThat(seen.getLast().phase()).isEqualTo(ImportProgress.Phase.FINISHED);
        assertThat(seen.getLast().fraction()).isEqualTo(1.0);

        // authors: accounts without a password
        Map<String, Object> somchai = jdbc.queryForMap(
                "SELECT display_name, password_hash FROM account WHERE username = 'somchai'");
        assertThat(somchai.get("display_name")).isEqualTo("สมชาย ริมน้ำ");
        assertThat(somchai.get("password_hash")).isNull();
        // categories with parents, non-ASCII slug decoded
        assertThat(jdbc.queryForObject("""
                SELECT p.slug FROM category c JOIN category p ON p.id = c.parent_id WHERE c.slug = 'water-levels'""",
                String.class)).isEqualTo("rivers");
        assertThat(jdbc.queryForObject("SELECT name FROM category WHERE slug = 'rivers'", String.class))
                .isEqualTo("Rivers & Streams");
        assertThat(jdbc.queryForObject("SELECT slug FROM category WHERE name = 'ปลา'", String.class)).isEqualTo("pla");

        Map<String, Object> post = jdbc.queryForMap("""
                SELECT p.id, p.title, p.status, p.published_at, p.comments_open, p.body_html, p.body_source, p.excerpt,
                       a.username FROM post p JOIN account a ON a.id = p.author_id WHERE p.slug = 'gauges-at-pak-mun'""");
        assertThat(post.get("status")).isEqualTo("PUBLISHED");
        assertThat(post.get("username")).isEqualTo("somchai");
        assertThat(post.get("published_at").toString()).startsWith("2016-10-05");
        assertThat((Boolean) post.get("comments_open")).isTrue();
        String html = (String) post.get("body_html");
        assertThat(html).contains("<p>The gauge", "<strong>two metres</strong>", "<br />", "<figure><img",
                "<figcaption>The gauge at the bridge</figcaption>", "น้ำขึ้นเร็ว 🌊", "中文", "עברית",
                "[contact-form-7 id")
                .doesNotContain("<script", "onerror", "alert('x')", "more");
        assertThat(html).contains("1.2    01/10\n\n3.4    05/10");
        assertThat((String) post.get("body_source")).doesNotContain("<script", "onerror").doesNotContain("\n\n");
        assertThat(post.get("excerpt")).isEqualTo("The gauges rose by two metres in a week. Readings were taken at dawn.…");
        assertThat(jdbc.queryForList("""
                SELECT t.slug FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = ? ORDER BY t.slug""",
                String.class, post.get("id"))).containsExactly("monsoon", "sediment");

        Map<String, Object> catfish = jdbc.queryForMap("SELECT * FROM post WHERE slug = 'catfish'");
        assertThat(catfish.get("title")).isEqualTo("ปลาบึก: a season without the giant catfish");
        assertThat(catfish.get("excerpt")).isEqualTo("A season without the giant catfish.");
        assertThat((Boolean) catfish.get("comments_open")).isFalse();
        assertThat(jdbc.queryForObject("SELECT status FROM post WHERE title = 'Draft about sediment'", String.class))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("SELECT status FROM post WHERE slug = 'board'", String.class))
                .isEqualTo("UNPUBLISHED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM post WHERE title = 'Deleted post'", Integer.class)).isZero();

        Map<String, Object> page = jdbc.queryForMap(
                "SELECT published, nav_position, body_html FROM site_page WHERE slug = 'about-river-notes'");
        assertThat(page).containsEntry("published", true).containsEntry("nav_position", 3);
        assertThat(((String) page.get("body_html")).strip()).isEqualTo("<p>We measure rivers.</p>\n<p>Volunteers welcome.</p>");
        assertThat(jdbc.queryForMap("SELECT post_id, url, content_type FROM wp_attachment WHERE wp_id = 130"))
                .containsEntry("post_id", post.get("id")).containsEntry("content_type", "image/jpeg");

        // comments: statuses, threading (the reply came first in the file), authors, sanitised
        List<Map<String, Object>> comments = jdbc.queryForList("""
                SELECT c.author_name, c.author_email, c.author_url, c.author_ip, c.status, c.depth, c.body_html,
                       c.body_raw, p.author_name AS parent_name, c.created_at
                FROM comment c LEFT JOIN comment p ON p.id = c.parent_id WHERE c.post_id = ? ORDER BY c.thread_path""",
                post.get("id"));
        assertThat(comments).extracting(row -> row.get("author_name") + "/" + row.get("status") + "/"
                + row.get("depth") + "/" + row.get("parent_name")).containsExactly(
                "Dao/APPROVED/0/null", "Noi/APPROVED/1/Dao", "Waiting Reader/PENDING/0/null",
                "Cheap Pills/SPAM/0/null", "Binned/REJECTED/0/null");
        Map<String, Object> dao = comments.get(0);
        assertThat(dao.get("author_ip")).isEqualTo("203.0.113.5");
        assertThat(dao.get("created_at").toString()).startsWith("2016-10-05 11:00");
        assertThat((String) dao.get("body_html")).contains("<p>Which gauge was it?</p>", "Second paragraph")
                .doesNotContain("onerror", "javascript", "<img");
        assertThat((String) dao.get("body_raw")).doesNotContain("onerror", "javascript");
        assertThat(comments.get(1)).containsEntry("author_url", "https://noi.example");
        assertThat((String) comments.get(1).get("body_html")).contains("ขอบคุณ 🙏");
        assertThat(jdbc.queryForObject("SELECT comment_count FROM post WHERE id = ?", Integer.class, post.get("id")))
                .isEqualTo(2);
    }

    @Test
    void anAuthorWebsiteThatIsNotAWebAddressIsDroppedAndTheCommentKept() {
        ImportReport report = importFile(fixture("author-websites.xml"));

        assertThat(report.imported()).containsEntry("comments", 3);
        Map<String, String> websites = new HashMap<>();
        jdbc.query("SELECT author_name, author_url FROM comment",
                row -> { websites.put(row.getString("author_name"), row.getString("author_url")); });
        assertThat(websites).containsOnlyKeys("Script Kiddie", "Vanh", "Data Link")
                .containsEntry("Script Kiddie", null)
                .containsEntry("Vanh", "https://example.org")
                .containsEntry("Data Link", null);
        assertThat(report.warnings()).extracting(ImportReport.Note::what, ImportReport.Note::key, ImportReport.Note::detail)
                .contains(tuple("#21", "wordpress.warning.website-dropped", "javascript:alert(1)"),
                        tuple("#23", "wordpress.warning.website-dropped",
                                "data:text/html,<script>alert(2)</script>"));
        assertThat(report.warnings()).extracting(ImportReport.Note::what).doesNotContain("#22");
    }

    @Test
    void commenterNamesThatAreOnlyMarkupBecomeAnonymous() {
        ImportReport report = importFile(fixture("markup-names.xml"));

        assertThat(report.imported()).containsEntry("comments", 3);
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT author_email, author_name FROM comment",
                row -> { names.put(row.getString("author_email"), row.getString("author_name")); });
        assertThat(names).containsOnly(
                entry("kiddie@reader.example", "Anonymous"),
                entry("vanh@reader.example", "Anonymous"),
                entry("data@reader.example", "Dara"));
    }

    /** JDK 24+ refuses a document with over 100,000 characters of entity references unless told not to. */
    @Test
    void aBigExportFullOfEscapedCharactersImports(@TempDir Path folder) throws IOException {
        String river = Files.readString(fixture("markup-names.xml"));
        String escaped = river.replace("<description>Author names</description>",
                "<description>" + "Rivers &amp; streams ".repeat(120_000) + "</description>");
        Path export = Files.writeString(folder.resolve("escaped.xml"), escaped);

        ImportReport report = importFile(export);

        assertThat(report.imported()).containsEntry("posts", 1).containsEntry("comments", 3);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        importFile(fixture("river-notes.xml"));
        int posts = count("post");
        int comments = count("comment");
        int categories = count("category");
        int pages = count("site_page");

        ImportReport again = importFile(fixture("river-notes.xml"));

        assertThat(again.imported().values()).allMatch(count -> count == 0);
        assertThat(again.alreadyThere()).isGreaterThanOrEqualTo(4 + 1 + 5 + 1);
        assertThat(count("post")).isEqualTo(posts);
        assertThat(count("comment")).isEqualTo(comments);
        assertThat(count("category")).isEqualTo(categories);
        assertThat(count("site_page")).isEqualTo(pages);
        assertThat(count("wp_attachment")).isEqualTo(1);
    }

    @Test
    void aPostDeletedSinceIsImportedAgainWithItsComments() {
        importFile(fixture("river-notes.xml"));
        jdbc.update("DELETE FROM post WHERE slug = 'gauges-at-pak-mun'");

        ImportReport again = importFile(fixture("river-notes.xml"));

        assertThat(again.imported()).containsEntry("posts", 1).containsEntry("comments", 5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM post WHERE slug = 'gauges-at-pak-mun'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWholeAndChangeNothing() {
        int posts = count("post");
        int accounts = count("account");
        assertRefused("xxe.xml", "wordpress.error.dtd");
        assertRefused("billion-laughs.xml", "wordpress.error.dtd");
        assertRefused("not-xml.txt", "wordpress.error.not-xml");
        assertRefused("truncated.xml", "wordpress.error.not-xml");
        assertThat(count("post")).isEqualTo(posts);
        assertThat(count("account")).isEqualTo(accounts);
        assertThat(count("wp_import_item")).isZero();
    }

    @Test
    void anRssFeedThatIsNotAnExportIsRefused(@TempDir Path dir) throws IOException {
        Path rss = dir.resolve("feed.xml");
        Files.writeString(rss, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
                + "<item><title>y</title></item></channel></rss>");
        assertThatThrownBy(() -> importFile(rss)).isInstanceOf(WxrFormatException.class)
                .extracting(e -> ((WxrFormatException) e).key()).isEqualTo("wordpress.error.version");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(500L * 1024 * 1024); // sparse: no disk is written
        }
        assertThatThrownBy(() -> importFile(huge)).isInstanceOf(WxrFormatException.class)
                .extracting(e -> ((WxrFormatException) e).key()).isEqualTo("wordpress.error.too-big");
    }

    @Test
    void onlyAdminsImport() {
        data.staff("author1", Role.AUTHOR);
        assertThatThrownBy(() -> data.asStaff("author1", Role.AUTHOR,
                () -> imports.importNow(fixture("river-notes.xml"), progress -> {})))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(String fixture, String key) {
        assertThatThrownBy(() -> importFile(fixture(fixture))).isInstanceOf(WxrFormatException.class)
                .extracting(e -> ((WxrFormatException) e).key()).isEqualTo(key);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
