package org.sala.feed.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteAddress;
import org.sala.post.ArchiveService;
import org.sala.post.CategoryLink;
import org.sala.post.PostLastModified;
import org.sala.post.PostListService;
import org.sala.post.PublishedSpan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The sitemap (sitemaps.org protocol): the front page, the category archives and every
 * published post with the time it last changed, in that order (posts by id), cut into numbered
 * parts of at most {@link SitemapProperties#urlsPerFile()} addresses, and the index of those
 * parts. A part is written as it is read, a chunk of posts at a time, so that neither the posts
 * nor the document are ever held whole; it finds its first post by counting published posts in
 * the database, not by reading them. Holds no transaction of its own: each chunk is read in a
 * short one, not one that lasts as long as the download.
 */
@Component
@EnableConfigurationProperties(SitemapProperties.class)
public class SitemapWriter {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final int CHUNK = 500;

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final PostListService posts;
    private final ArchiveService archive;
    private final SiteAddress address;
    private final int urlsPerFile;

    SitemapWriter(PostListService posts, ArchiveService archive, SiteAddress address, SitemapProperties properties) {
        this.posts = posts;
        this.archive = archive;
        this.address = address;
        this.urlsPerFile = properties.urlsPerFile();
    }

    /**
     * The index: every part with the newest {@code <lastmod>} of its addresses. A part that lists
     * only the front page and category archives, which show the newest posts, has the newest
     * change of any published post; no date when nothing is published.
     */
    public void writeIndex(OutputStream out) throws IOException {
        Layout layout = layout(archive.categories().size());
        try {
            XMLStreamWriter xml = start(out, "sitemapindex");
            // only the first parts can hold no post: then the posts' newest change is needed
            Optional<Instant> newest = layout.postsIn(1) == 0 ? posts.lastPublishedChange() : Optional.empty();
            long afterId = 0;
            for (int number = 1; number <= layout.parts(); number++) {
                Optional<Instant> lastModified;
                long postsHere = layout.postsIn(number);
                if (postsHere > 0) {
                    Optional<PublishedSpan> span = posts.publishedSpan(afterId, postsHere);
                    if (span.isPresent()) {
                        afterId = span.get().lastId();
                    }
                    lastModified = span.map(PublishedSpan::lastModified);
                } else {
                    lastModified = newest;
                }
                entry(xml, "sitemap", address.absolute(DiscoveryPaths.sitemapPart(number)), lastModified.orElse(null));
                xml.flush();
            }
            end(xml);
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the sitemap index", e);
        }
    }

    /** Part {@code number} (from 1), or empty when the sitemap has no such part. */
    public Optional<Part> part(int number) {
        List<CategoryLink> categories = archive.categories();
        Layout layout = layout(categories.size());
        return number >= 1 && number <= layout.parts()
                ? Optional.of(new Part(layout, number, categories))
                : Optional.empty();
    }

    /** One numbered part of the sitemap, as it was counted when it was asked for. */
    public final class Part {

        private final Layout layout;
        private final int number;
        private final List<CategoryLink> categories;

        private Part(Layout layout, int number, List<CategoryLink> categories) {
            this.layout = layout;
            this.number = number;
            this.categories = categories;
        }

        public void write(OutputStream out) throws IOException {
            try {
                XMLStreamWriter xml = start(out, "urlset");
                long first = layout.first(number);
                long end = first + layout.fixedIn(number);
                for (long position = first; position < end; position++) {
                    String path = position == 0 ? "/" : categories.get((int) position - 1).path();
                    entry(xml, "url", address.absolute(path), null);
                }
                writePosts(xml, layout.postsBefore(number), layout.postsIn(number));
                end(xml);
            } catch (XMLStreamException e) {
                throw new IOException("Could not write part " + number + " of the sitemap", e);
            }
        }
    }

    /** The {@code count} published posts after the first {@code skip}, in id order, a chunk at a time. */
    private void writePosts(XMLStreamWriter xml, long skip, long count) throws XMLStreamException {
        if (count == 0) {
            return;
        }
        long afterId = 0;
        if (skip > 0) {
            Optional<Long> lastBefore = posts.publishedIdAt(skip - 1);
            if (lastBefore.isEmpty()) {
                return;
            }
            afterId = lastBefore.get();
        }
        long left = count;
        while (left > 0) {
            int wanted = (int) Math.min(CHUNK, left);
            List<PostLastModified> chunk = posts.publishedAfter(afterId, wanted);
            for (PostLastModified post : chunk) {
                entry(xml, "url", address.absolute(post.address().path()), post.lastModified());
                afterId = post.id();
            }
            xml.flush();
            left -= chunk.size();
            if (chunk.size() < wanted) {
                return;
            }
        }
    }

    private Layout layout(int categories) {
        return new Layout(1 + categories, posts.publishedCount(), urlsPerFile);
    }

    /**
     * Where the addresses fall: first the {@code fixed} ones (the front page and the category
     * archives), then the posts, {@code perPart} to a part.
     */
    record Layout(int fixed, long posts, int perPart) {

        int parts() {
            return (int) Math.max(1, Math.ceilDiv(fixed + posts, perPart));
        }

        /** The position of the part's first address among all of them (from 0). */
        long first(int part) {
            return (long) (part - 1) * perPart;
        }

        int fixedIn(int part) {
            return (int) Math.max(0, Math.min(fixed, first(part) + perPart) - first(part));
        }

        long postsBefore(int part) {
            return Math.max(0, first(part) - fixed);
        }

        long postsIn(int part) {
            return Math.max(0, Math.min(first(part) + perPart - fixed, posts) - postsBefore(part));
        }
    }

    private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        String utf8 = StandardCharsets.UTF_8.name();
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, utf8);
        xml.writeStartDocument(utf8, "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NAMESPACE);
        return xml;
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void entry(XMLStreamWriter xml, String element, String location, @Nullable Instant lastModified)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(element);
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
