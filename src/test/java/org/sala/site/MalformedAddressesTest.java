package org.sala.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.LogErrors;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An address whose query is not valid UTF-8 (a link cut in the middle of a character, a scanner's
 * probe) gets the site's own page saying so, with status 400, not a framework's error text.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedAddressesTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @BeforeEach
    void aSite() {
        data.reset();
        data.post("Something to read", true);
    }

    @Test
    void aQueryThatIsNotUtf8GetsTheSitesOwnBadRequestPage(CapturedOutput output) throws Exception {
        for (String address : List.of("/search?q=%C3%28", "/?x=%FF", "/archives?page=%E2%82")) {
            HttpResponse<String> answer = get(address, "en-US");
            assertThat(answer.statusCode()).as(address).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(address).startsWith("text/html");
            Document page = Jsoup.parse(answer.body());
            assertThat(page.select("header.site-header .site-name").text()).as(address).isEqualTo("Sala");
            assertThat(page.select(".bad-request-view h1").text()).as(address).isEqualTo("This address could not be read");
            assertThat(page.select(".bad-request-view a[href=/]")).as(address).isNotEmpty();
            assertThat(page.title()).as(address).isEqualTo("This address could not be read – Sala");
            assertThat(answer.body()).as(address).doesNotContain("Whitelabel").doesNotContain("\"timestamp\"");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(address).isPresent();
            assertThat(answer.headers().firstValue("X-Request-Id")).as(address).isPresent();
            assertThat(answer.headers().allValues("Set-Cookie")).as(address).isEmpty();
        }

        HttpResponse<String> thai = get("/search?q=%C3%28", "th");
        assertThat(thai.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(thai.body()).select("html").attr("lang")).isEqualTo("th");

        // the same words, well formed, are a page as usual
        assertThat(get("/search?q=%C3%A9", "en-US").statusCode()).isEqualTo(200);
        assertThat(LogErrors.in(output)).isEmpty();
    }

    private HttpResponse<String> get(String address, String language) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(Http.base(port) + address))
                .header("Accept", BROWSER_ACCEPT).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
