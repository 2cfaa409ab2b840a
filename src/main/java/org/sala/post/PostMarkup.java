package org.sala.post;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntFunction;
import org.jsoup.nodes.Element;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.PagerMarkup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.media.MediaLink;
import org.sala.post.service.MonthArchiveEntry;
import org.sala.post.service.PostLink;
import org.sala.post.service.PostListPage;
import org.sala.post.service.TagLink;

/** The markup of posts for readers: cards in lists, a post's own page, the month list. */
public final class PostMarkup {

    private PostMarkup() {}

    public static String path(PostAddress address) {
        return "/" + address.path();
    }

    public static String categoryPath(String slug) {
        return "/category/" + slug;
    }

    public static String tagPath(String slug) {
        return "/tag/" + slug;
    }

    public static String authorPath(String username) {
        return "/author/" + username;
    }

    public static String monthPath(java.time.YearMonth month) {
        return "/%04d/%02d".formatted(month.getYear(), month.getMonthValue());
    }

    /** The posts of one list page, or a note that there are none, and the newer/older links. */
    public static Element list(PostListPage page, ZoneId zone, String emptyMessage, IntFunction<String> hrefOfPage,
            ReaderText text) {
        Element list = Markup.element("div", "post-list");
        if (page.posts().isEmpty()) {
            list.appendChild(Markup.text("p", "empty-state",
                    page.page() > 1 ? text.get("list.past-the-end") : emptyMessage));
            if (page.page() > 1) {
                list.appendChild(Markup.link(hrefOfPage.apply(1), text.get("list.back-to-first")));
            }
            return list;
        }
        page.posts().forEach(post -> list.appendChild(card(post, zone, text)));
        list.appendChild(PagerMarkup.pager(page.page(), page.hasNewer(), page.hasOlder(), hrefOfPage, text));
        return list;
    }

    /** A post in a list: title, date, author, categories, excerpt and "Read more". */
    static Element card(PostSummary post, ZoneId zone, ReaderText text) {
        Element card = Markup.element("article", "post-card");
        card.appendChild(Markup.element("h2", "post-card-title").appendChild(Markup.link(path(post.address()), post.title())));
        card.appendChild(meta(post.publishedAt(), zone, post.author(), post.categories(), text));
        card.appendChild(Markup.text("p", "post-excerpt", post.excerpt()));
        Element readMore = Markup.link(path(post.address()), text.get("post.read-more")).addClass("read-more");
        readMore.appendChild(Markup.text("span", "visually-hidden", ": " + post.title()));
        return card.appendChild(readMore);
    }

    /** "21 June 2017 · by Malee Chaiyaporn · in Updates, Events" */
    static Element meta(Instant publishedAt, ZoneId zone, AuthorLink author, List<CategoryLink> categories,
            ReaderText text) {
        Element meta = Markup.element("p", "post-meta");
        meta.appendChild(Markup.time(publishedAt, ReaderDates.date(publishedAt, zone, text.locale())));
        meta.appendChild(Markup.element("span", "post-author").appendText(" · " + text.get("post.by") + " ")
                .appendChild(Markup.link(authorPath(author.username()), author.name())));
        if (!categories.isEmpty()) {
            Element in = Markup.element("span", "post-categories").appendText(" · " + text.get("post.in") + " ");
            for (int i = 0; i < categories.size(); i++) {
                if (i > 0) {
                    in.appendText(", ");
                }
                in.appendChild(Markup.link(categoryPath(categories.get(i).slug()), categories.get(i).name()));
            }
            meta.appendChild(in);
        }
        return meta;
    }

    /** A post on its own page: title, meta, featured image, body, downloads, tags, neighbours. */
    public static Element article(PostDetails post, ZoneId zone, ReaderText text) {
        Element article = Markup.element("article", "post");
        article.appendChild(Markup.element("header", "").appendChild(Markup.text("h1", "post-title", post.title()))
                .appendChild(meta(post.publishedAt(), zone, post.author(), post.categories(), text)));
        post.featuredImage().ifPresent(image -> article.appendChild(new Element("img").attr("src", image.path())
                .attr("alt", post.title()).addClass("post-featured-image")));
        Markup.appendSanitized(article.appendElement("div").addClass("post-body"), post.bodyHtml());
        if (!post.attachments().isEmpty()) {
            article.appendChild(attachments(post.attachments(), text));
        }
        if (!post.tags().isEmpty()) {
            Element tags = Markup.element("footer", "post-tags").appendText(text.get("post.tags") + " ");
            List<TagLink> all = post.tags();
            for (int i = 0; i < all.size(); i++) {
                if (i > 0) {
                    tags.appendText(", ");
                }
                tags.appendChild(Markup.link(tagPath(all.get(i).slug()), all.get(i).name()));
            }
            article.appendChild(tags);
        }
        Element neighbours = Markup.element("nav", "post-neighbours").attr("aria-label", text.get("post.neighbours"));
        post.older().ifPresent(older -> neighbours.appendChild(neighbour(text.get("post.older"), older, "prev", "post-older")));
        post.newer().ifPresent(newer -> neighbours.appendChild(neighbour(text.get("post.newer"), newer, "next", "post-newer")));
        return article.appendChild(neighbours);
    }

    private static Element attachments(List<MediaLink> files, ReaderText text) {
        Element list = new Element("ul");
        for (MediaLink file : files) {
            list.appendElement("li")
                    .appendChild(Markup.link(file.path(), file.name()).attr("download", file.name()))
                    .appendChild(Markup.text("span", "post-attachment-size",
                            text.get("post.attachment-size", Math.max(1, file.sizeBytes() / 1024))));
        }
        return Markup.element("div", "post-attachments").appendChild(Markup.text("h2", "", text.get("post.attachments")))
                .appendChild(list);
    }

    private static Element neighbour(String label, PostLink post, String rel, String className) {
        return Markup.element("div", className).appendChild(Markup.text("span", "neighbour-label", label))
                .appendChild(Markup.link(path(post.address()), post.title()).attr("rel", rel));
    }

    /** The months that have posts, newest first, each with its number of posts. */
    public static Element monthList(List<MonthArchiveEntry> months, ReaderText text) {
        Element list = new Element("ul");
        for (MonthArchiveEntry entry : months) {
            list.appendElement("li")
                    .appendChild(Markup.link(monthPath(entry.month()), ReaderDates.month(entry.month(), text.locale())))
                    .appendChild(Markup.text("span", "month-count", " (" + entry.posts() + ")")
                            .attr("aria-label", text.get("archives.count", entry.posts())));
        }
        return Markup.element("aside", "month-list").appendChild(Markup.text("h2", "", text.get("archives.months")))
                .appendChild(list);
    }

    /** The categories to read by, as the archives page lists them. */
    public static Element categoryList(List<CategoryLink> categories, ReaderText text) {
        Element list = new Element("ul");
        categories.forEach(category -> list.appendElement("li")
                .appendChild(Markup.link(categoryPath(category.slug()), category.name())));
        return Markup.element("section", "category-list").appendChild(Markup.text("h2", "", text.get("archives.categories")))
                .appendChild(list);
    }
}
