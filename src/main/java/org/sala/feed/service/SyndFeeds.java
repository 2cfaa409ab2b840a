package org.sala.feed.service;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * ROME's feed objects filled the same way for every Sala feed; all text passes {@link XmlText}.
 * Titles are text, however a feed reader reads them: see {@link #title}.
 */
final class SyndFeeds {

    /**
     * The feed's head; {@code link} is the page the feed is about, {@code self} the feed itself
     * (both absolute).
     */
    record Head(String title, String description, String link, String self) {}

    private SyndFeeds() {}

    /** The feed is as new as its newest entry; an empty feed is as new as {@code whenEmpty}. */
    static SyndFeed feed(FeedFormat format, Head head, List<SyndEntry> entries, Instant whenEmpty) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType());
        feed.setEncoding(StandardCharsets.UTF_8.name());
        feed.setTitleEx(title(format, head.title()));
        feed.setDescription(XmlText.of(head.description()));
        feed.setLink(head.link());
        feed.setUri(head.self());
        feed.setLinks(List.of(link("alternate", head.link()), link("self", head.self())));
        feed.setPublishedDate(entries.stream().map(SyndFeeds::changed).max(Comparator.naturalOrder())
                .orElse(Date.from(whenEmpty)));
        feed.setEntries(entries);
        return feed;
    }

    static SyndEntry entry(FeedFormat format, String title, String url, String author, Instant published,
            Instant updated) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitleEx(title(format, title));
        entry.setLink(url);
        entry.setUri(url);
        entry.setAuthor(XmlText.of(author));
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(updated.isAfter(published) ? updated : published));
        return entry;
    }

    /**
     * A title that shows as the text it is, such as a commenter named {@code <img src=…>}. Atom
     * says so ({@code type="text"}). RSS 2.0 cannot, and many readers take an RSS title as HTML:
     * there the text is HTML-escaped before the XML writer escapes it again, so such a reader
     * shows the characters rather than an image. (Readers that take it as plain text show
     * {@code &lt;} for a {@code <}: the safe side of an ambiguity RSS leaves open.)
     */
    private static SyndContent title(FeedFormat format, String text) {
        SyndContent title = new SyndContentImpl();
        title.setType("text");
        title.setValue(XmlText.of(format == FeedFormat.RSS ? htmlEscaped(text) : text));
        return title;
    }

    /** The text as HTML character data: only the characters that could start markup or a reference. */
    private static @Nullable String htmlEscaped(@Nullable String text) {
        return text == null ? null : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static SyndContent text(String text) {
        return content("text/plain", text);
    }

    static SyndContent html(String html) {
        return content("text/html", html);
    }

    static List<SyndCategory> categories(List<String> names) {
        return names.stream().map(SyndFeeds::category).toList();
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(XmlText.of(name));
        return category;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(XmlText.of(value));
        return content;
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }

    private static Date changed(SyndEntry entry) {
        return entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate();
    }
}
