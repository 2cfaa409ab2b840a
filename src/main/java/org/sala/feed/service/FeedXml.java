package org.sala.feed.service;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * A ROME feed as UTF-8 XML. ROME builds the document; it is written here rather than by ROME's
 * own output, which collapses whitespace (code blocks in a post) and writes emoji as character
 * references: here text is written as it is, only {@code < > &} and quotes escaped.
 */
public final class FeedXml {

    private FeedXml() {}

    public static byte[] bytes(SyndFeed feed) {
        Format format = Format.getRawFormat()
                .setEncoding(StandardCharsets.UTF_8.name())
                .setLineSeparator("\n")
                .setEscapeStrategy(character -> false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XMLOutputter(format).output(new SyndFeedOutput().outputJDom(feed), out);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not build the feed " + feed.getUri(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
