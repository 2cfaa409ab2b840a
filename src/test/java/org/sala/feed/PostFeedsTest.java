package org.sala.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.base.site.SiteProperties;
import org.sala.post.PostAddress;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/** The post feeds over real HTTP, parsed by ROME as a feed reader would. */
@IntegrationTest
class PostFeedsTest {

    private static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 9, 30);
    private static final String THAI_TITLE = "การย้ายถิ่นของแรงงาน 🌏 ในลุ่มแม่น้ำโขง";
    private static final String KHMER = "ភាសាខ្មែរ និងការធ្វើចំណាកស្រុក 🙏";
    private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

    @Autowired
    TestData data;

    @Autowired
    SiteProperties site;

    @LocalServerPort
    int port;

    @BeforeEach
    void reset() {
        data.reset();
    }

    private String url(String path) {
        return Http.base(port) + "/" + path;
    }

    private Instant at(LocalDateTime inSiteZone) {
        return inSiteZone.atZone(site.timeZone()).toInstant();
    }

    /** The page a feed is about: RSS has one link, Atom an alternate beside its self link. */
    private static String pageOf(SyndFeed feed) {
        return feed.getLinks().stream().filter(link -> "alternate".equals(link.getRel())).map(SyndLink::getHref)
                .findFirst().orElse(feed.getLink());
    }

    @Test
    void theSiteFeedIsRss2WithTheTwentyNewestPostsNewestFirst() {
        IntStream.rangeClosed(1, 22).forEach(n -> data.publish("Weekly note " + n, "Note " + n + ".",
                START.plusWeeks(n), List.of("Updates"), List.of()));

        HttpResponse<byte[]> response = Http.get(port, "/feed");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("application/rss+xml;charset=UTF-8");
        Http.assertNoCookie(response);
        Element root = Http.xml(response).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("rss");
        assertThat(root.getAttribute("version")).isEqualTo("2.0");

        SyndFeed feed = Http.feed(response);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo(site.name());
        assertThat(feed.getLink()).isEqualTo(url(""));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactlyElementsOf(
                IntStream.iterate(22, n -> n - 1).limit(20).mapToObj(n -> "Weekly note " + n).toList());
        SyndEntry newest = feed.getEntries().getFirst();
        assertThat(newest.getLink()).isEqualTo(url("2024/08/weekly-note-22"));
        assertThat(newest.getPublishedDate().toInstant()).isEqualTo(at(START.plusWeeks(22)));
    }

    @Test
    void anEntryHasItsAuthorCategoriesExcerptAndSanitisedBodyWithThaiKhmerAndEmojiExact() {
        PostAddress address = data.publish(THAI_TITLE, """
                %s

                <script>alert('feed')</script>

                Second paragraph with <img src=x onerror=alert(1)> and **bold** text.

                ```
                code   keeps   its   spaces
                ```
                """.formatted(KHMER), START, List.of("Publications", "ข่าว"), List.of());

        for (String path : List.of("/feed", "/feed/atom")) {
            HttpResponse<byte[]> response = Http.get(port, path);
            SyndEntry entry = Http.feed(response).getEntries().getFirst();

            assertThat(entry.getTitle()).isEqualTo(THAI_TITLE);
            assertThat(entry.getLink()).isEqualTo(url(address.path()));
            assertThat(entry.getAuthor()).isEqualTo("Wren Writer");
            assertThat(entry.getCategories()).extracting(SyndCategory::getName)
                    .containsExactly("Publications", "ข่าว");
            assertThat(entry.getDescription().getValue()).startsWith(KHMER);
            assertThat(entry.getPublishedDate().toInstant()).isEqualTo(at(START));
            String body = entry.getContents().getFirst().getValue();
            assertThat(entry.getContents().getFirst().getType()).isEqualTo("html");
            assertThat(body).contains("<p>" + KHMER + "</p>")
                    .contains("<strong>bold</strong>")
                    .contains("code   keeps   its   spaces")
                    .doesNotContainIgnoringCase("<script")
                    .doesNotContain("alert('feed')")
                    .doesNotContainIgnoringCase("onerror");
            // Written as characters, not as references: the bytes hold the text as it was typed.
            assertThat(Http.text(response)).contains(THAI_TITLE).contains(KHMER);
        }
    }

    @Test
    void theAtomFeedIsAtom() {
        data.publish("An Atom entry", "Text.", START, List.of("Updates"), List.of());

        HttpResponse<byte[]> response = Http.get(port, "/feed/atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("application/atom+xml;charset=UTF-8");
        Http.assertNoCookie(response);
        Element root = Http.xml(response).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NAMESPACE);
        Element content = (Element) root.getElementsByTagNameNS(ATOM_NAMESPACE, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");

        SyndFeed feed = Http.feed(response);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo(url("feed/atom"));
        assertThat(pageOf(feed)).isEqualTo(url(""));
        assertThat(feed.getPublishedDate()).isNotNull();
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("An Atom entry");
    }

    @Test
    void aCategoryFeedHasOnlyItsPosts() {
        data.publish("An update", "U.", START, List.of("Updates"), List.of());
        data.publish("An event", "E.", START.plusDays(1), List.of("Events"), List.of());
        data.publish("Another update", "U2.", START.plusDays(2), List.of("Updates", "Events"), List.of());

        for (String path : List.of("/category/updates/feed", "/category/updates/feed/atom")) {
            HttpResponse<byte[]> response = Http.get(port, path);

            assertThat(response.statusCode()).isEqualTo(200);
            Http.assertNoCookie(response);
            SyndFeed feed = Http.feed(response);
            assertThat(feed.getTitle()).isEqualTo("Updates – " + site.name());
            assertThat(pageOf(feed)).isEqualTo(url("category/updates"));
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Another update", "An update");
        }
        assertThat(Http.contentType(Http.get(port, "/category/updates/feed")))
                .isEqualTo("application/rss+xml;charset=UTF-8");
        assertThat(Http.contentType(Http.get(port, "/category/updates/feed/atom")))
                .isEqualTo("application/atom+xml;charset=UTF-8");
    }

    @Test
    void titlesThatLookLikeMarkupAreTextInRssAndAtom() {
        String title = "<IMG SRC=javascript:alert('XSS')> & more";
        data.publish(title, "Text.", START, List.of("Q&A"), List.of());

        for (String path : List.of("/feed", "/category/q-a/feed")) {
            HttpResponse<byte[]> response = Http.get(port, path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Element item = (Element) Http.xml(response).getElementsByTagName("item").item(0);
            String itemTitle = item.getElementsByTagName("title").item(0).getTextContent();
            assertThat(itemTitle).as(path).isEqualTo("&lt;IMG SRC=javascript:alert('XSS')&gt; &amp; more");
            // A reader that renders an RSS title as HTML shows the title as typed, with no image.
            var rendered = Jsoup.parseBodyFragment(itemTitle).body();
            assertThat(rendered.select("img")).as(path).isEmpty();
            assertThat(rendered.text()).as(path).isEqualTo(title);
        }
        assertThat(Http.feed(Http.get(port, "/category/q-a/feed")).getTitle()).isEqualTo("Q&amp;A – " + site.name());

        // Atom says what a title is: text, so it holds the title as typed.
        Element atom = Http.xml(Http.get(port, "/feed/atom")).getDocumentElement();
        Element entry = (Element) atom.getElementsByTagNameNS(ATOM_NAMESPACE, "entry").item(0);
        Element entryTitle = (Element) entry.getElementsByTagNameNS(ATOM_NAMESPACE, "title").item(0);
        assertThat(entryTitle.getAttribute("type")).isEqualTo("text");
        assertThat(entryTitle.getTextContent()).isEqualTo(title);
        Element feedTitle = (Element) atom.getElementsByTagNameNS(ATOM_NAMESPACE, "title").item(0);
        assertThat(feedTitle.getParentNode()).isSameAs(atom);
        assertThat(feedTitle.getAttribute("type")).isEqualTo("text");
    }

    @Test
    void anUnknownCategoryHasNoFeed() {
        for (String path : List.of("/category/no-such-category/feed", "/category/no-such-category/feed/atom")) {
            HttpResponse<byte[]> response = Http.get(port, path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Http.assertNoCookie(response);
        }
    }

    @Test
    void anEmptySiteStillHasAValidFeed() {
        for (String path : List.of("/feed", "/feed/atom")) {
            HttpResponse<byte[]> response = Http.get(port, path);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Http.feed(response).getEntries()).isEmpty();
        }
    }
}
