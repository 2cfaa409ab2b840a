package org.sala.wordpress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A WordPress export (WXR 1.2) built around hostile text: post {@code k} is titled with payload
 * {@code k * perPost} and holds the comments of payloads {@code k * perPost …}: each payload is a
 * comment's text, its author's name and website (or the path of it), and one of the post's categories
 * (name and slug).
 * XML cannot carry most control characters, so a real export never holds them; they are dropped.
 */
final class HostileExport {

    private static final String WP = "http://wordpress.org/export/1.2/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private HostileExport() {}

    static int posts(List<String> payloads, int perPost) {
        return (payloads.size() + perPost - 1) / perPost;
    }

    static Path write(Path file, List<String> payloads, int perPost) throws IOException, XMLStreamException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("wp", WP);
            xml.writeNamespace("content", CONTENT);
            xml.writeNamespace("dc", DC);
            xml.setPrefix("wp", WP);
            xml.setPrefix("content", CONTENT);
            xml.setPrefix("dc", DC);
            xml.writeStartElement("channel");
            text(xml, "", "title", "Hostile export");
            text(xml, "", "link", "https://hostile.example");
            text(xml, WP, "wxr_version", "1.2");
            text(xml, WP, "base_site_url", "https://hostile.example");
            xml.writeStartElement(WP, "author");
            text(xml, WP, "author_id", "2");
            text(xml, WP, "author_login", "mallory");
            text(xml, WP, "author_email", "mallory@hostile.example");
            text(xml, WP, "author_display_name", "Mallory");
            xml.writeEndElement();
            for (int post = 0; post < posts(payloads, perPost); post++) {
                List<String> own = payloads.subList(post * perPost, Math.min(payloads.size(), (post + 1) * perPost));
                item(xml, post, own);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        return file;
    }

    private static void item(XMLStreamWriter xml, int post, List<String> payloads) throws XMLStreamException {
        int id = 1000 + post;
        xml.writeStartElement("item");
        text(xml, "", "title", payloads.getFirst());
        text(xml, "", "link", "https://hostile.example/?p=" + id);
        text(xml, DC, "creator", "mallory");
        text(xml, CONTENT, "encoded", "A post that collects hostile comments.");
        text(xml, WP, "post_id", String.valueOf(id));
        text(xml, WP, "post_date_gmt", "2020-01-01 00:00:00");
        text(xml, WP, "comment_status", "open");
        text(xml, WP, "post_name", "hostile-" + post);
        text(xml, WP, "status", "publish");
        text(xml, WP, "post_type", "post");
        for (String payload : payloads) {
            xml.writeStartElement("category");
            xml.writeAttribute("domain", "category");
            xml.writeAttribute("nicename", xmlText(payload));
            xml.writeCharacters(xmlText(payload));
            xml.writeEndElement();
        }
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            xml.writeStartElement(WP, "comment");
            text(xml, WP, "comment_id", String.valueOf(id * 100 + i));
            text(xml, WP, "comment_author", payload);
            text(xml, WP, "comment_author_email", "reader" + i + "@hostile.example");
            text(xml, WP, "comment_author_url", website(payload, i));
            text(xml, WP, "comment_author_IP", "203.0.113." + (i % 250 + 1));
            text(xml, WP, "comment_date_gmt", String.format("2020-01-01 %02d:%02d:00", i / 60, i % 60));
            text(xml, WP, "comment_content", payload);
            text(xml, WP, "comment_approved", "1");
            text(xml, WP, "comment_parent", "0");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Every other website is the payload itself, the rest the payload inside a web address. */
    static String website(String payload, int index) {
        return index % 2 == 0 ? payload : "https://hostile.example/" + payload;
    }

    private static void text(XMLStreamWriter xml, String namespace, String name, String value) throws XMLStreamException {
        if (namespace.isEmpty()) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement(namespace, name);
        }
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** Only the characters XML 1.0 allows. */
    static String xmlText(String value) {
        return value.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
