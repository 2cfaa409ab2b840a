package org.sala.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Plain HTTP requests against the running application, as a feed reader or crawler makes them. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {}

    public static String base(int port) {
        return "http://localhost:" + port;
    }

    /** GETs the path (with its leading slash); no cookies are sent. */
    public static HttpResponse<byte[]> get(int port, String path) {
        return get(URI.create(base(port) + path));
    }

    public static HttpResponse<byte[]> get(URI uri) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    public static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Plain HTTP answers of Sala open no session: no cookie at all. */
    public static void assertNoCookie(HttpResponse<byte[]> response) {
        assertThat(response.headers().allValues("Set-Cookie")).as("Set-Cookie of " + response.uri()).isEmpty();
    }

    /** The answer parsed as a feed by ROME, whatever its format. */
    public static SyndFeed feed(HttpResponse<byte[]> response) {
        try {
            return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(response.body())));
        } catch (Exception e) {
            throw new AssertionError("Not a feed: " + text(response), e);
        }
    }

    /** The answer parsed as namespace-aware XML. */
    public static Document xml(HttpResponse<byte[]> response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + text(response), e);
        }
    }
}
