package org.sala.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.post.PostAddress;
import org.sala.post.service.PostDraft;
import org.sala.post.service.PostEditingService;
import org.sala.post.service.SavedPost;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sitemap as an index of numbered parts. The tests run with {@code sala.sitemap.urls-per-file=3}
 * (application-test.properties), so that a handful of posts fills several parts.
 */
@IntegrationTest
class SitemapIndexTest {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** A sitemap entry: {@code <url>} of a part or {@code <sitemap>} of the index. */
    private record Entry(String location, Optional<String> lastModified) {}

    @Autowired
    TestData data;

    @Autowired
    PostEditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void reset() {
        data.reset();
        data.staff("admin", Role.ADMIN);
    }

    private String url(String path) {
        return Http.base(port) + "/" + path;
    }

    @Test
    void theIndexListsPartsOfAtMostThreeUrlsThatTogetherHoldEveryPublishedPostOnce() {
        List<String> expected = new ArrayList<>(List.of(url(""), url("category/updates"), url("category/events")));
        // Days of publication out of id order, so that the newest post of a part is not its last.
        int[] days = {5, 2, 3, 9, 1, 4, 6};
        // Drafts, scheduled and unpublished posts between the published ones: their ids lie among
        // the published posts' ids, which the parts are cut by.
        for (int i = 1; i <= 3; i++) {
            expected.add(url(publish("Update " + i, "Updates", days[i - 1]).path()));
        }
        String draft = asAdmin(() -> editing.save(draft("A draft"))).slug();
        for (int i = 4; i <= 5; i++) {
            expected.add(url(publish("Event " + i, "Events", days[i - 1]).path()));
        }
        String scheduled = asAdmin(() -> editing.schedule(draft("Due tomorrow"), Instant.now().plusSeconds(86_400)))
                .slug();
        SavedPost gone = asAdmin(() -> editing.publishNow(draft("Taken back")));
        asAdmin(() -> editing.unpublish(gone.id(), editing.open(gone.id()).draft().getVersion()));
        for (int i = 6; i <= 7; i++) {
            expected.add(url(publish("Update " + i, "Updates", days[i - 1]).path()));
        }
        // Never edited since: a post's last change is its publication (the others changed just now).
        jdbc.update("UPDATE post SET updated_at = published_at WHERE status = 'PUBLISHED'");

        List<Entry> index = index();

        // 3 + 7 = 10 addresses, 3 to a part
        assertThat(index).extracting(Entry::location)
                .containsExactly(url("sitemap-1.xml"), url("sitemap-2.xml"), url("sitemap-3.xml"), url("sitemap-4.xml"));
        List<List<Entry>> parts = index.stream().map(entry -> part(entry.location())).toList();
        assertThat(parts).extracting(List::size).containsExactly(3, 3, 3, 1);
        List<String> all = parts.stream().flatMap(List::stream).map(Entry::location).toList();
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(all).noneMatch(location -> location.endsWith("/" + draft) || location.endsWith("/" + scheduled)
                || location.endsWith("/" + gone.slug()));

        // A part's date is its newest post's; the first part lists only the front page and the
        // category archives, which show the newest posts: the newest of them all.
        assertThat(index).extracting(Entry::lastModified).containsExactly(Optional.of("2025-03-09T02:00:00Z"),
                Optional.of("2025-03-05T02:00:00Z"), Optional.of("2025-03-09T02:00:00Z"),
                Optional.of("2025-03-06T02:00:00Z"));
        for (int i = 1; i < parts.size(); i++) {
            assertThat(index.get(i).lastModified()).as("lastmod of part " + (i + 1))
                    .isEqualTo(parts.get(i).stream().map(entry -> entry.lastModified().orElseThrow())
                            .max(Comparator.naturalOrder()));
        }
        assertThat(parts.get(0)).allSatisfy(entry -> assertThat(entry.lastModified()).isEmpty());

        assertNotFound("/sitemap-5.xml");
    }

    @Test
    void aSiteThatFillsItsLastPartExactlyHasNoPartAfterIt() {
        List<String> expected = new ArrayList<>(List.of(url(""), url("category/updates")));
        for (int i = 1; i <= 4; i++) {
            expected.add(url(publish("Update " + i, "Updates", i).path()));
        }

        List<Entry> index = index();

        assertThat(index).extracting(Entry::location).containsExactly(url("sitemap-1.xml"), url("sitemap-2.xml"));
        List<List<Entry>> parts = index.stream().map(entry -> part(entry.location())).toList();
        assertThat(parts).extracting(List::size).containsExactly(3, 3);
        assertThat(parts.stream().flatMap(List::stream).map(Entry::location).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertNotFound("/sitemap-3.xml");
    }

    @Test
    void aSiteWithoutPostsHasOnePartWithTheFrontPage() {
        List<Entry> index = index();

        assertThat(index).containsExactly(new Entry(url("sitemap-1.xml"), Optional.empty()));
        assertThat(part(index.get(0).location())).containsExactly(new Entry(url(""), Optional.empty()));
        assertNotFound("/sitemap-2.xml");
    }

    @Test
    void partNumbersThatAreNoPartAreNotFound() {
        publish("Update 1", "Updates", 1);

        for (String path : List.of("/sitemap-0.xml", "/sitemap-2.xml", "/sitemap-01.xml", "/sitemap--1.xml",
                "/sitemap-abc.xml", "/sitemap-1e3.xml", "/sitemap-99999999999999999999.xml")) {
            assertNotFound(path);
        }
    }

    private PostAddress publish(String title, String category, int day) {
        return data.publish(title, "About " + title + ".", LocalDateTime.of(2025, 3, day, 9, 0), List.of(category),
                List.of());
    }

    private static PostDraft draft(String title) {
        PostDraft draft = new PostDraft();
        draft.setTitle(title);
        draft.setBody("Text of " + title + ".");
        return draft;
    }

    private <T> T asAdmin(Supplier<T> work) {
        return data.asStaff("admin", Role.ADMIN, work);
    }

    /** The {@code <sitemap>} entries of /sitemap.xml, which must be a sitemap index. */
    private List<Entry> index() {
        HttpResponse<byte[]> response = Http.get(port, "/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("application/xml;charset=UTF-8");
        Http.assertNoCookie(response);
        return entries(response, "sitemapindex", "sitemap");
    }

    /** The {@code <url>} entries of a part, which must be a sitemap of at most 3 addresses. */
    private List<Entry> part(String location) {
        HttpResponse<byte[]> response = Http.get(URI.create(location));
        assertThat(response.statusCode()).as(location).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("application/xml;charset=UTF-8");
        Http.assertNoCookie(response);
        List<Entry> urls = entries(response, "urlset", "url");
        assertThat(urls).as(location).hasSizeBetween(1, 3);
        return urls;
    }

    private static List<Entry> entries(HttpResponse<byte[]> response, String root, String entry) {
        Element document = Http.xml(response).getDocumentElement();
        assertThat(document.getLocalName()).isEqualTo(root);
        assertThat(document.getNamespaceURI()).isEqualTo(NAMESPACE);
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, entry);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            NodeList lastModified = node.getElementsByTagNameNS(NAMESPACE, "lastmod");
            entries.add(new Entry(node.getElementsByTagNameNS(NAMESPACE, "loc").item(0).getTextContent(),
                    lastModified.getLength() == 0 ? Optional.empty()
                            : Optional.of(lastModified.item(0).getTextContent())));
        }
        return entries;
    }

    private void assertNotFound(String path) {
        HttpResponse<byte[]> response = Http.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        Http.assertNoCookie(response);
    }
}
