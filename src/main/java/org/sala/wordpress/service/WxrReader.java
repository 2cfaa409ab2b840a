package org.sala.wordpress.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export as a stream (StAX): the head once, then one item at a time, so a big
 * file never sits in memory. DTDs are refused outright (WordPress never writes one; with one come
 * XXE and entity-expansion attacks), and no external entity is ever resolved.
 */
final class WxrReader {

    static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");
    /** WordPress.com writes https: in its namespaces, WordPress http:. */
    private static final String WP_NS = "://wordpress.org/export/";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    /** What the reader hands on, in file order. */
    interface Handler {
        void header(Wxr.Header header);

        void item(Wxr.Item item);
    }

    private static final XMLInputFactory FACTORY = createFactory();

    private WxrReader() {}

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // JDK 24+ caps all entity references of a document at 100,000 characters (jaxp.properties),
        // so a big export full of &amp; and &lt; would be refused as not XML. With DTDs refused only
        // the five predefined entities exist, and each stands for one character: no expansion attack.
        for (String limit : List.of("jdk.xml.totalEntitySizeLimit", "jdk.xml.maxGeneralEntitySizeLimit")) {
            try {
                factory.setProperty(limit, "0");
            } catch (IllegalArgumentException notThisParser) {
                // another StAX implementation, without the JDK's limits
            }
        }
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External entities are not read");
        });
        return factory;
    }

    static void read(Path file, Handler handler) {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, handler);
        } catch (IOException e) {
            throw new WxrFormatException("wordpress.error.unreadable", "");
        }
    }

    static void read(InputStream in, Handler handler) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            new Parse(xml, handler).document();
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof WxrFormatException format) {
                throw format;
            }
            int line = xml == null || xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
            throw new WxrFormatException("wordpress.error.not-xml", line > 0 ? String.valueOf(line) : "");
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing after an error: nothing more to learn
                }
            }
        }
    }

    private static final class Parse {

        private final XMLStreamReader xml;
        private final Handler handler;
        private final Map<String, String> channel = new HashMap<>();
        private final List<Wxr.Author> authors = new ArrayList<>();
        private final List<Wxr.Term> categories = new ArrayList<>();
        private final List<Wxr.Term> tags = new ArrayList<>();
        private boolean headerSent;

        Parse(XMLStreamReader xml, Handler handler) {
            this.xml = xml;
            this.handler = handler;
        }

        void document() throws XMLStreamException {
            int event = nextStart();
            if (event != XMLStreamConstants.START_ELEMENT || !"rss".equals(xml.getLocalName())) {
                throw new WxrFormatException("wordpress.error.not-wxr", "");
            }
            boolean sawChannel = false;
            while (nextChild()) {
                if ("channel".equals(xml.getLocalName())) {
                    sawChannel = true;
                    channel();
                } else {
                    skip();
                }
            }
            if (!sawChannel) {
                throw new WxrFormatException("wordpress.error.not-wxr", "");
            }
            sendHeader();
        }

        /** Moves to the root element, refusing a DTD on the way. */
        private int nextStart() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new WxrFormatException("wordpress.error.dtd", "");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return event;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        }

        /** Moves to the next child element of the current one; false at its end. */
        private boolean nextChild() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
                    throw new WxrFormatException("wordpress.error.dtd", "");
                }
            }
            return false;
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new WxrFormatException("wordpress.error.dtd", "");
                }
            }
        }

        /** The text of an element that holds only text (an element inside is skipped). */
        private String text() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(xml.getText());
                    case XMLStreamConstants.START_ELEMENT -> skip();
                    case XMLStreamConstants.END_ELEMENT -> {
                        return text.toString();
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new WxrFormatException("wordpress.error.dtd", "");
                    default -> {
                        // comments and processing instructions carry no content
                    }
                }
            }
            return text.toString();
        }

        private String wpName() {
            String ns = xml.getNamespaceURI();
            if (ns == null) {
                return xml.getLocalName();
            }
            if (ns.contains(WP_NS) && ns.endsWith("/excerpt/")) {
                return "excerpt:" + xml.getLocalName();
            }
            if (ns.contains(WP_NS)) {
                return "wp:" + xml.getLocalName();
            }
            if (ns.equals(CONTENT_NS)) {
                return "content:" + xml.getLocalName();
            }
            if (ns.equals(DC_NS)) {
                return "dc:" + xml.getLocalName();
            }
            return ns.isEmpty() ? xml.getLocalName() : "?:" + xml.getLocalName();
        }

        private void channel() throws XMLStreamException {
            while (nextChild()) {
                String name = wpName();
                switch (name) {
                    case "wp:author" -> authors.add(author());
                    case "wp:category" -> categories.add(category());
                    case "wp:tag" -> tags.add(tag());
                    case "item" -> {
                        sendHeader();
                        handler.item(item());
                    }
                    case "title", "link", "wp:wxr_version", "wp:base_site_url", "wp:base_blog_url" ->
                            channel.putIfAbsent(name, text().strip());
                    default -> skip();
                }
            }
        }

        private void sendHeader() {
            if (headerSent) {
                return;
            }
            String version = channel.get("wp:wxr_version");
            if (version == null || !VERSIONS.contains(version)) {
                throw new WxrFormatException("wordpress.error.version", version == null ? "" : version);
            }
            headerSent = true;
            handler.header(new Wxr.Header(version, channel.getOrDefault("title", ""), channel.getOrDefault("link", ""),
                    channel.get("wp:base_site_url"), channel.get("wp:base_blog_url"), List.copyOf(authors),
                    List.copyOf(categories), List.copyOf(tags)));
        }

        private Map<String, String> fields() throws XMLStreamException {
            Map<String, String> fields = new HashMap<>();
            while (nextChild()) {
                fields.putIfAbsent(wpName(), text());
            }
            return fields;
        }

        private Wxr.Author author() throws XMLStreamException {
            Map<String, String> f = fields();
            return new Wxr.Author(f.getOrDefault("wp:author_id", ""), f.getOrDefault("wp:author_login", "").strip(),
                    f.getOrDefault("wp:author_email", "").strip(), f.getOrDefault("wp:author_display_name", ""),
                    f.getOrDefault("wp:author_first_name", ""), f.getOrDefault("wp:author_last_name", ""));
        }

        private Wxr.Term category() throws XMLStreamException {
            Map<String, String> f = fields();
            return new Wxr.Term(f.getOrDefault("wp:term_id", ""), f.getOrDefault("wp:category_nicename", "").strip(),
                    f.getOrDefault("wp:cat_name", ""), f.getOrDefault("wp:category_parent", "").strip(),
                    f.getOrDefault("wp:category_description", ""));
        }

        private Wxr.Term tag() throws XMLStreamException {
            Map<String, String> f = fields();
            return new Wxr.Term(f.getOrDefault("wp:term_id", ""), f.getOrDefault("wp:tag_slug", "").strip(),
                    f.getOrDefault("wp:tag_name", ""), "", f.getOrDefault("wp:tag_description", ""));
        }

        private Wxr.Item item() throws XMLStreamException {
            Map<String, String> f = new HashMap<>();
            List<Wxr.ItemTerm> terms = new ArrayList<>();
            List<Wxr.Meta> meta = new ArrayList<>();
            List<Wxr.Comment> comments = new ArrayList<>();
            while (nextChild()) {
                String name = wpName();
                switch (name) {
                    case "category" -> {
                        String domain = attribute("domain");
                        String slug = attribute("nicename");
                        terms.add(new Wxr.ItemTerm(domain, slug, text()));
                    }
                    case "wp:postmeta" -> {
                        Map<String, String> m = fields();
                        meta.add(new Wxr.Meta(m.getOrDefault("wp:meta_key", ""), m.getOrDefault("wp:meta_value", "")));
                    }
                    case "wp:comment" -> comments.add(comment());
                    default -> f.putIfAbsent(name, text());
                }
            }
            return new Wxr.Item(f.getOrDefault("title", ""), f.getOrDefault("link", ""), f.getOrDefault("pubDate", ""),
                    f.getOrDefault("dc:creator", "").strip(), f.getOrDefault("guid", ""),
                    f.getOrDefault("content:encoded", ""), f.getOrDefault("excerpt:encoded", ""),
                    f.getOrDefault("wp:post_id", "").strip(), f.getOrDefault("wp:post_date", "").strip(),
                    f.getOrDefault("wp:post_date_gmt", "").strip(), f.getOrDefault("wp:post_modified_gmt", "").strip(),
                    f.getOrDefault("wp:comment_status", "open").strip(), f.getOrDefault("wp:ping_status", "").strip(),
                    f.getOrDefault("wp:post_name", "").strip(), f.getOrDefault("wp:status", "").strip(),
                    f.getOrDefault("wp:post_parent", "0").strip(), f.getOrDefault("wp:menu_order", "0").strip(),
                    f.getOrDefault("wp:post_type", "post").strip(), f.getOrDefault("wp:post_password", ""),
                    f.getOrDefault("wp:is_sticky", "0").strip(), f.getOrDefault("wp:attachment_url", "").strip(),
                    List.copyOf(terms), List.copyOf(meta), List.copyOf(comments));
        }

        private Wxr.Comment comment() throws XMLStreamException {
            Map<String, String> f = new HashMap<>();
            while (nextChild()) {
                String name = wpName();
                if ("wp:commentmeta".equals(name)) {
                    skip();
                } else {
                    f.putIfAbsent(name, text());
                }
            }
            return new Wxr.Comment(f.getOrDefault("wp:comment_id", "").strip(),
                    f.getOrDefault("wp:comment_author", "").strip(), f.getOrDefault("wp:comment_author_email", "").strip(),
                    f.getOrDefault("wp:comment_author_url", "").strip(), f.getOrDefault("wp:comment_author_IP", "").strip(),
                    f.getOrDefault("wp:comment_date", "").strip(), f.getOrDefault("wp:comment_date_gmt", "").strip(),
                    f.getOrDefault("wp:comment_content", ""), f.getOrDefault("wp:comment_approved", "1").strip(),
                    f.getOrDefault("wp:comment_type", "").strip(), f.getOrDefault("wp:comment_parent", "0").strip(),
                    f.getOrDefault("wp:comment_user_id", "0").strip());
        }

        private String attribute(String name) {
            String value = xml.getAttributeValue(null, name);
            return value == null ? "" : value.strip();
        }
    }
}
