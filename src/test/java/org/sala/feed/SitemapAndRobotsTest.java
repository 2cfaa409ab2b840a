package org.sala.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.post.PostAddress;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@IntegrationTest
class SitemapAndRobotsTest {

    private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    @BeforeEach
    void reset() {
        data.reset();
    }

    private String url(String path) {
        return Http.base(port) + "/" + path;
    }

    @Test
    void theSitemapListsTheFrontPageTheCategoriesAndEveryPublishedPost() {
        PostAddress older = data.publish("Older post", "A.", LocalDateTime.of(2019, 5, 2, 8, 0),
                List.of("Updates"), List.of());
        PostAddress thai = data.publish("ข่าวจากลุ่มน้ำโขง", "B.", LocalDateTime.of(2025, 10, 4, 8, 0),
                List.of("Events"), List.of());

        // The index lists the parts (with sala.sitemap.urls-per-file=3 in tests: two of them).
        HttpResponse<byte[]> response = Http.get(port, "/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("application/xml;charset=UTF-8");
        Http.assertNoCookie(response);
        Element index = Http.xml(response).getDocumentElement();
        assertThat(index.getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getNamespaceURI()).isEqualTo(SITEMAP_NAMESPACE);
        NodeList parts = index.getElementsByTagNameNS(SITEMAP_NAMESPACE, "sitemap");
        assertThat(parts.getLength()).isEqualTo(2);

        Map<String, String> lastModifiedByLocation = new LinkedHashMap<>();
        for (int p = 0; p < parts.getLength(); p++) {
            String part = ((Element) parts.item(p)).getElementsByTagNameNS(SITEMAP_NAMESPACE, "loc").item(0)
                    .getTextContent();
            assertThat(part).isEqualTo(url("sitemap-" + (p + 1) + ".xml"));
            HttpResponse<byte[]> partResponse = Http.get(URI.create(part));
            assertThat(partResponse.statusCode()).isEqualTo(200);
            assertThat(Http.contentType(partResponse)).isEqualTo("application/xml;charset=UTF-8");
            Http.assertNoCookie(partResponse);
            Element urlset = Http.xml(partResponse).getDocumentElement();
            assertThat(urlset.getLocalName()).isEqualTo("urlset");
            assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP_NAMESPACE);
            NodeList urls = urlset.getElementsByTagNameNS(SITEMAP_NAMESPACE, "url");
            for (int i = 0; i < urls.getLength(); i++) {
                Element url = (Element) urls.item(i);
                NodeList lastModified = url.getElementsByTagNameNS(SITEMAP_NAMESPACE, "lastmod");
                lastModifiedByLocation.put(url.getElementsByTagNameNS(SITEMAP_NAMESPACE, "loc").item(0).getTextContent(),
                        lastModified.getLength() == 0 ? "" : lastModified.item(0).getTextContent());
            }
        }
        assertThat(lastModifiedByLocation).containsOnlyKeys(url(""), url("category/updates"), url("category/events"),
                url(older.path()), url(thai.path()));
        // Published in the past but stored just now: it last changed now.
        assertThat(lastModifiedByLocation.get(url(thai.path())))
                .matches("20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");
        assertThat(lastModifiedByLocation.get(url(""))).isEmpty();
    }

    @Test
    void robotsKeepsCrawlersOutOfTheStaffAreaAndPointsToTheSitemap() {
        HttpResponse<byte[]> response = Http.get(port, "/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("text/plain;charset=UTF-8");
        Http.assertNoCookie(response);
        List<String> lines = Http.text(response).lines().map(String::strip).toList();
        assertThat(lines).startsWith("User-agent: *")
                .contains("Allow: /", "Disallow: /staff", "Disallow: /login", "Sitemap: " + url("sitemap.xml"))
                .doesNotContain("Disallow: /");
    }
}
