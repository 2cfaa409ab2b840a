package org.sala.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.post.PostAddress;
import org.sala.post.PostPageService;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first response of a page, as crawlers and link previews read it (no script run). */
@IntegrationTest
class DiscoveryInPageHeadTest {

    /** Quotes and angle brackets must stay text inside the attributes. */
    private static final String TITLE = "รายงาน \"พิเศษ\" <b>2025</b> & 🌏 'quoted'";

    @Autowired
    TestData data;

    @Autowired
    PostPageService postPages;

    @LocalServerPort
    int port;

    @BeforeEach
    void reset() {
        data.reset();
    }

    private String url(String path) {
        return Http.base(port) + "/" + path;
    }

    private Document page(String path) {
        HttpResponse<byte[]> response = Http.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(Http.text(response), Http.base(port));
    }

    private static List<String> feedLinks(Document page) {
        return page.head().select("link[rel=alternate][type=application/rss+xml]").stream()
                .map(link -> link.attr("title") + " " + link.attr("href"))
                .toList();
    }

    private static String meta(Document page, String attribute, String key) {
        List<Element> found = page.head().getElementsByAttributeValue(attribute, key).stream()
                .filter(element -> element.tagName().equals("meta")).toList();
        assertThat(found).as(key).hasSize(1);
        return found.getFirst().attr("content");
    }

    @Test
    void aPostPageLinksItsFeedsAndDescribesItselfForLinkPreviews() {
        PostAddress address = data.publish(TITLE, "ภาษาไทย ភាសាខ្មែរ \"quoted\" <i>and</i> more words.",
                LocalDateTime.of(2025, 10, 4, 8, 0), List.of("Updates"), List.of());
        String excerpt = postPages.published(address.slug()).orElseThrow().excerpt();

        Document page = page("/" + address.path());

        assertThat(feedLinks(page)).containsExactly(
                "Sala " + url("feed"),
                "Comments on " + TITLE + " – Sala " + url(address.path() + "/feed"));
        assertThat(meta(page, "name", "description")).isEqualTo(excerpt).contains("ภาษาไทย ភាសាខ្មែរ");
        assertThat(meta(page, "property", "og:title")).isEqualTo(TITLE);
        assertThat(meta(page, "property", "og:description")).isEqualTo(excerpt);
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:url")).isEqualTo(url(address.path()));
        assertThat(meta(page, "property", "og:site_name")).isEqualTo("Sala");
        assertThat(page.head().select("b")).isEmpty();
    }

    @Test
    void theLinkedFeedsAreThere() {
        PostAddress address = data.publish("Linked", "Text.", LocalDateTime.of(2025, 10, 4, 8, 0),
                List.of("Updates"), List.of());

        for (String path : List.of("/" + address.path(), "/category/updates")) {
            for (Element link : page(path).head().select("link[rel=alternate]")) {
                HttpResponse<byte[]> feed = Http.get(URI.create(link.attr("href")));

                assertThat(feed.statusCode()).as(link.attr("href")).isEqualTo(200);
                assertThat(Http.contentType(feed)).startsWith(link.attr("type"));
                assertThat(Http.feed(feed).getFeedType()).isEqualTo("rss_2.0");
            }
        }
    }

    @Test
    void aCategoryPageLinksItsFeedAndOtherPagesTheSiteFeed() {
        data.publish("In a category", "Text.", LocalDateTime.of(2025, 10, 4, 8, 0), List.of("Updates"), List.of());

        assertThat(feedLinks(page("/category/updates"))).containsExactly(
                "Sala " + url("feed"), "Updates – Sala " + url("category/updates/feed"));
        Document front = page("/");
        assertThat(feedLinks(front)).containsExactly("Sala " + url("feed"));
        assertThat(front.head().select("meta[property^=og:]")).isEmpty();
        assertThat(feedLinks(page("/archives"))).containsExactly("Sala " + url("feed"));
    }

    /** Makes the no-cookie checks of the feed tests mean something: this check would see one. */
    @Test
    void aVaadinPageDoesOpenASession() {
        HttpResponse<byte[]> response = Http.get(port, "/login");

        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }
}
