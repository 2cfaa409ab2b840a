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

/** ROME's feed objects filled the same way for every Sala feed; all text passes {@link XmlText}. */
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
        feed.setTitle(XmlText.of(head.title()));
        feed.setDescription(XmlText.of(head.description()));
        feed.setLink(head.link());
        feed.setUri(head.self());
        feed.setLinks(List.of(link("alternate", head.link()), link("self", head.self())));
        feed.setPublishedDate(entries.stream().map(SyndFeeds::changed).max(Comparator.naturalOrder())
                .orElse(Date.from(whenEmpty)));
        feed.setEntries(entries);
        return feed;
    }

    static SyndEntry entry(String title, String url, String author, Instant published, Instant updated) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(XmlText.of(title));
        entry.setLink(url);
        entry.setUri(url);
        entry.setAuthor(XmlText.of(author));
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(updated.isAfter(published) ? updated : published));
        return entry;
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
