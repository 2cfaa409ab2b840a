package org.sala.feed.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sala.base.site.SiteAddress;
import org.sala.post.service.ArchiveService;
import org.sala.post.service.CategoryLink;
import org.sala.post.service.PostLastModified;
import org.sala.post.service.PostListService;
import org.springframework.stereotype.Component;

/**
 * The sitemap (sitemaps.org protocol): the front page, the category archives and every
 * published post with the time it last changed. Written as it is read, a chunk of posts at a
 * time, so that neither the posts nor the document are ever held whole. Holds no transaction
 * of its own: each chunk is read in a short one, not one that lasts as long as the download.
 */
@Component
public class SitemapWriter {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final int CHUNK = 500;

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final PostListService posts;
    private final ArchiveService archive;
    private final SiteAddress address;

    SitemapWriter(PostListService posts, ArchiveService archive, SiteAddress address) {
        this.posts = posts;
        this.archive = archive;
        this.address = address;
    }

    public void write(OutputStream out) throws IOException {
        String utf8 = StandardCharsets.UTF_8.name();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, utf8);
            xml.writeStartDocument(utf8, "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            url(xml, address.absolute("/"), null);
            for (CategoryLink category : archive.categories()) {
                url(xml, address.absolute(category.path()), null);
            }
            long afterId = 0;
            List<PostLastModified> chunk;
            do {
                chunk = posts.publishedAfter(afterId, CHUNK);
                for (PostLastModified post : chunk) {
                    url(xml, address.absolute(post.address().path()), post.lastModified());
                    afterId = post.id();
                }
                xml.flush();
            } while (chunk.size() == CHUNK);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the sitemap", e);
        }
    }

    private static void url(XMLStreamWriter xml, String location, Instant lastModified) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(lastModified.truncatedTo(ChronoUnit.SECONDS)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
