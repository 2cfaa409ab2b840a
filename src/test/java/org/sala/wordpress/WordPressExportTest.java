package org.sala.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.account.Role;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.wordpress.service.WordPressExportService;
import org.sala.wordpress.service.WordPressImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sala's WordPress export, and the round trip: import, export, import into an empty Sala, same content. */
@IntegrationTest
class WordPressExportTest {

    private static final List<String> SLUGS = List.of("gauges-at-pak-mun", "catfish", "board", "draft-about-sediment");

    @Autowired
    TestData data;

    @Autowired
    WordPressImportService imports;

    @Autowired
    WordPressExportService export;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void anAdmin() {
        data.reset();
        data.staff("admin", Role.ADMIN);
    }

    @Test
    void aRoundTripThroughTheExportKeepsTheContent(@TempDir Path dir) throws IOException {
        importAs(WordPressImportTest.fixture("river-notes.xml"));
        List<Object> before = content();

        Path exported = dir.resolve("export.xml");
        Files.write(exported, exportNow());
        String xml = Files.readString(exported);
        assertThat(xml).contains("<wp:wxr_version><![CDATA[1.2]]></wp:wxr_version>",
                "xmlns:wp=\"http://wordpress.org/export/1.2/\"", "<wp:post_type><![CDATA[page]]></wp:post_type>",
                "<category domain=\"category\" nicename=\"water-levels\">",
                "<wp:category_parent><![CDATA[rivers]]></wp:category_parent>");

        data.reset();
        data.staff("admin", Role.ADMIN);
        importAs(exported);

        assertThat(content()).isEqualTo(before);
    }

    @Test
    void onlyAdminsDownloadTheExport() {
        assertThat(Http.get(port, "/staff/wordpress/export.xml").statusCode()).isIn(302, 401, 403);
    }

    private byte[] exportNow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        data.asStaff("admin", Role.ADMIN, () -> {
            export.write(out);
            return null;
        });
        return out.toByteArray();
    }

    private void importAs(Path file) {
        data.asStaff("admin", Role.ADMIN, () -> imports.importNow(file, progress -> {}));
    }

    /** What readers and moderators see of the test's own posts, pages, terms and comments. */
    private List<Object> content() {
        List<Object> content = new ArrayList<>();
        for (String slug : SLUGS) {
            Map<String, Object> post = jdbc.queryForMap("""
                    SELECT p.id, p.title, p.status, p.published_at, p.comments_open, p.body_html, p.excerpt,
                           p.excerpt_source, a.username, a.display_name
                    FROM post p JOIN account a ON a.id = p.author_id WHERE p.slug = ?""", slug);
            Object id = post.remove("id");
            post.put("body_html", normalised((String) post.get("body_html")));
            content.add(post);
            content.add(jdbc.queryForList("""
                    SELECT c.slug, p.slug AS parent FROM post_category pc JOIN category c ON c.id = pc.category_id
                    LEFT JOIN category p ON p.id = c.parent_id WHERE pc.post_id = ? ORDER BY c.slug""", id));
            content.add(jdbc.queryForList("""
                    SELECT t.slug, t.name FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = ?
                    ORDER BY t.slug""", id));
            jdbc.queryForList("""
                    SELECT c.author_name, c.author_email, c.author_url, c.author_ip, c.status, c.depth, c.created_at,
                           c.body_html, p.author_name AS parent FROM comment c LEFT JOIN comment p ON p.id = c.parent_id
                    WHERE c.post_id = ? ORDER BY c.thread_path""", id).forEach(comment -> {
                comment.put("body_html", normalised((String) comment.get("body_html")));
                content.add(comment);
            });
        }
        jdbc.queryForList("SELECT slug, title, published, nav_position, body_html FROM site_page WHERE slug = ?",
                "about-river-notes").forEach(page -> {
            page.put("body_html", normalised((String) page.get("body_html")));
            content.add(page);
        });
        content.add(jdbc.queryForList("""
                SELECT a.title, a.url, p.slug FROM wp_attachment a LEFT JOIN post p ON p.id = a.post_id
                WHERE a.url LIKE 'https://river-notes.example/%'"""));
        return content;
    }

    private static String normalised(String html) {
        return html.replaceAll("\\s*\\n\\s*", "\n").strip();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
