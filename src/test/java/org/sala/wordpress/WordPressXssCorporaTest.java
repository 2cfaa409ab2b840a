package org.sala.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.account.Role;
import org.sala.comment.CommentAuthor;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.LongTest;
import org.sala.support.SafeMarkup;
import org.sala.support.TestData;
import org.sala.support.XssCorpora;
import org.sala.wordpress.service.ImportReport;
import org.sala.wordpress.service.WordPressImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every payload of the public XSS corpora in an export, as comment text, commenter name and
 * website, and category (some also as post titles): the import takes or reports each, stores
 * nothing unsafe, and every post page and category page it makes answers with safe markup.
 */
@IntegrationTest
@LongTest
class WordPressXssCorporaTest {

    private static final int PER_POST = 50;

    @Autowired
    TestData data;

    @Autowired
    WordPressImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void everyPayloadIsImportedSafelyOrReported(@TempDir Path folder) throws Exception {
        data.reset();
        data.staff("admin", Role.ADMIN);
        List<String> payloads = XssCorpora.all();
        Path export = HostileExport.write(folder.resolve("hostile.xml"), payloads, PER_POST);

        long started = System.nanoTime();
        ImportReport report = data.asStaff("admin", Role.ADMIN, () -> imports.importNow(export, progress -> {}));
        long importMillis = (System.nanoTime() - started) / 1_000_000;

        int posts = HostileExport.posts(payloads, PER_POST);
        int comments = report.imported().getOrDefault("comments", 0);
        long skippedComments = report.skipped().stream().filter(note -> note.key().contains("comment")).count();
        System.out.printf("XSS corpora import: %d payloads, %d posts, %d comments imported, %d skipped, %d warnings, %d ms%n",
                payloads.size(), report.imported().getOrDefault("posts", 0), comments, skippedComments,
                report.warnings().size(), importMillis);
        assertThat(report.imported()).containsEntry("posts", posts);
        assertThat(comments + skippedComments).isEqualTo(payloads.size());

        List<String> failures = new ArrayList<>();
        jdbc.query("SELECT id, author_name, author_url, body_html FROM comment", row -> {
            String what = "comment " + row.getLong("id");
            SafeMarkup.commentProblems(row.getString("body_html")).forEach(problem -> failures.add(what + ": " + problem));
            if (row.getString("author_name").isBlank()) {
                failures.add(what + ": empty name");
            }
            String url = row.getString("author_url");
            if (url != null && !CommentAuthor.isWebAddress(url)) {
                failures.add(what + ": website " + url);
            }
        });
        long websitesKept = jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE author_url IS NOT NULL", Long.class);
        long websitesUnsafe = 0;
        for (int i = 0; i < payloads.size(); i++) {
            String website = HostileExport.xmlText(HostileExport.website(payloads.get(i), i % PER_POST)).strip();
            websitesUnsafe += website.isEmpty() || CommentAuthor.isWebAddress(website) ? 0 : 1;
        }
        System.out.printf("Websites: %d kept, %d not web addresses, %d warnings in all%n", websitesKept, websitesUnsafe,
                report.warningsTotal());
        assertThat(websitesKept).isPositive();
        assertThat(report.warnings()).extracting(ImportReport.Note::key).contains("wordpress.warning.website-dropped");
        assertThat(report.warningsTotal()).as("every website dropped is reported").isGreaterThanOrEqualTo((int) websitesUnsafe);

        List<Map<String, Object>> pages = jdbc.queryForList("""
                SELECT p.id, p.title, p.comment_count FROM post p ORDER BY p.id""");
        List<String> categoryPages = new ArrayList<>();
        for (Map<String, Object> post : pages) {
            long id = ((Number) post.get("id")).longValue();
            String path = "/" + data.address(id).path();
            Document page = fetch(path, failures);
            if (page == null) {
                continue;
            }
            check(page, path, failures);
            assertThat(page.select("article.comment")).as(path).hasSize(((Number) post.get("comment_count")).intValue());
            Element title = page.selectFirst("h1");
            if (title == null || !title.text().equals(normalizedText(post.get("title").toString()))) {
                failures.add(path + ": title " + (title == null ? "missing" : title.text()) + " is not " + post.get("title"));
            }
            page.select("a[href^=/category/]").stream().limit(3).forEach(link -> categoryPages.add(link.attr("href")));
        }
        for (String path : categoryPages) {
            Document page = fetch(path, failures);
            if (page != null) {
                check(page, path, failures);
            }
        }
        System.out.printf("Pages checked: %d posts, %d category pages%n", pages.size(), categoryPages.size());
        assertThat(categoryPages).hasSizeGreaterThan(pages.size());
        assertThat(failures).isEmpty();
    }

    private Document fetch(String path, List<String> failures) {
        HttpResponse<byte[]> response = Http.get(port, path);
        if (response.statusCode() != 200) {
            failures.add(path + " answered " + response.statusCode());
            return null;
        }
        return Jsoup.parse(Http.text(response), Http.base(port) + path);
    }

    private static void check(Document page, String path, List<String> failures) {
        SafeMarkup.postPageProblems(page).forEach(problem -> failures.add(path + " " + problem));
    }

    /** The text a browser shows for a title: white space collapsed, as jsoup's text() gives it. */
    private static String normalizedText(String title) {
        return title.strip().replaceAll("\\s+", " ");
    }
}
