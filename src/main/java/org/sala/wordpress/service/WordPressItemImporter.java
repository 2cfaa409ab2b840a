package org.sala.wordpress.service;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.sala.account.AccountService;
import org.sala.account.Role;
import org.sala.base.site.SiteProperties;
import org.sala.comment.CommentAuthor;
import org.sala.comment.CommentImportService;
import org.sala.comment.CommentStatus;
import org.sala.page.PageImportService;
import org.sala.post.ImportedPost;
import org.sala.post.PostImportService;
import org.sala.post.PostStatus;
import org.sala.post.Slugs;
import org.sala.wordpress.domain.WpAttachment;
import org.sala.wordpress.domain.WpAttachmentRepository;
import org.sala.wordpress.domain.WpImportItem;
import org.sala.wordpress.domain.WpImportItemRepository;
import org.sala.wordpress.domain.WpKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.DigestUtils;

/**
 * Imports one thing of a WordPress export at a time, each in its own transaction: an author, a
 * term, or a post or page with all its comments. What each WordPress id became is remembered, so
 * a second import of the same file finds it there and adds nothing twice.
 */
@Component
class WordPressItemImporter {

    /** The length of {@code wp_import_item.wp_id}. */
    private static final int MAX_WP_ID = 200;

    private final WpImportItemRepository items;
    private final WpAttachmentRepository attachments;
    private final AccountService accounts;
    private final PostImportService posts;
    private final PageImportService pages;
    private final CommentImportService comments;
    private final SiteProperties site;
    private final Clock clock;

    WordPressItemImporter(WpImportItemRepository items, WpAttachmentRepository attachments, AccountService accounts,
            PostImportService posts, PageImportService pages, CommentImportService comments, SiteProperties site,
            Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.accounts = accounts;
        this.posts = posts;
        this.pages = pages;
        this.comments = comments;
        this.site = site;
        this.clock = clock;
    }

    /** An account without a password (usable once reset) for the author; returns its username. */
    @Transactional
    public String author(ImportRun run, Wxr.Author author, ReportCollector report) {
        String username = cut(author.login(), 60);
        if (accounts.findByUsername(username).isPresent()) {
            report.warning(username, "wordpress.warning.existing-account", username);
            return username;
        }
        String display = author.displayName().isBlank() ? username : cut(author.displayName().strip(), 120);
        String email = author.email().isBlank() ? null : cut(author.email(), 254);
        accounts.createIfAbsent(username, display, email, null, Set.of(Role.AUTHOR));
        report.imported("authors");
        return username;
    }

    @Transactional
    public long category(ImportRun run, Wxr.Term term, @Nullable Long parentId, ReportCollector report) {
        return term(run, WpKind.CATEGORY, term, report,
                () -> posts.category(plain(term.name()), decode(term.slug()), parentId));
    }

    @Transactional
    public long tag(ImportRun run, Wxr.Term term, ReportCollector report) {
        return term(run, WpKind.TAG, term, report, () -> posts.tag(plain(term.name()), decode(term.slug())));
    }

    private long term(ImportRun run, WpKind kind, Wxr.Term term, ReportCollector report,
            LongSupplier create) {
        String wpId = wpKey(term.slug());
        Optional<WpImportItem> known = items.findBySourceAndKindAndWpId(run.source, kind, wpId);
        if (known.isPresent()) {
            report.alreadyThere();
        }
        long id = create.getAsLong();
        if (known.isEmpty()) {
            items.save(new WpImportItem(run.source, kind, wpId, id, cut(decode(term.slug()), 200), clock.instant()));
            report.imported(kind == WpKind.CATEGORY ? "categories" : "tags");
        } else {
            known.get().pointAt(id);
        }
        return id;
    }

    /** A post or page with its comments, all or nothing. */
    @Transactional
    public void item(ImportRun run, Wxr.Item item, ReportCollector report) {
        boolean page = "page".equals(item.postType());
        WpKind kind = page ? WpKind.PAGE : WpKind.POST;
        String what = describe(item);
        Optional<WpImportItem> known = items.findBySourceAndKindAndWpId(run.source, kind, wpKey(item.postId()));
        Long salaId = known.map(WpImportItem::getSalaId)
                .filter(id -> page ? pages.exists(id) : posts.exists(id)).orElse(null);
        if (salaId != null) {
            report.alreadyThere();
        } else {
            salaId = page ? addPage(item, report, what) : addPost(run, item, report, what);
            if (salaId == null) {
                return;
            }
            if (known.isPresent()) {
                known.get().pointAt(salaId);
            } else {
                items.save(new WpImportItem(run.source, kind, wpKey(item.postId()), salaId,
                        cut(decode(item.postName()), 200), clock.instant()));
            }
            report.imported(page ? "pages" : "posts");
        }
        if (page) {
            if (!item.comments().isEmpty()) {
                report.skipped(what, "wordpress.skip.page-comments", String.valueOf(item.comments().size()));
            }
        } else {
            addComments(run, salaId, item, report, what);
        }
    }

    private @Nullable Long addPost(ImportRun run, Wxr.Item item, ReportCollector report, String what) {
        PostStatus status = switch (item.status()) {
            case "publish" -> PostStatus.PUBLISHED;
            case "future" -> PostStatus.SCHEDULED;
            case "draft", "pending" -> PostStatus.DRAFT;
            case "private" -> {
                report.warning(what, "wordpress.warning.private", "");
                yield PostStatus.UNPUBLISHED;
            }
            default -> null;
        };
        if (status == null) {
            report.skipped(what, "wordpress.skip.status", item.status());
            return null;
        }
        if (!item.postPassword().isEmpty() && status == PostStatus.PUBLISHED) {
            report.warning(what, "wordpress.warning.password", "");
            status = PostStatus.UNPUBLISHED;
        }
        WordPressContent.Body body = WordPressContent.post(item.content());
        body.warnings().forEach(warning -> note(report, what, warning));
        String excerptSource = WordPressContent.plainText(WordPressContent.post(item.excerpt()).sanitisedHtml());
        String excerpt = excerptSource.isBlank()
                ? WordPressContent.excerptOf(body.sanitisedHtml(), body.teaserText()) : excerptSource;
        Instant date = WordPressDates.of(item.postDateGmt(), item.postDate(), item.pubDate(), site.timeZone());
        Instant modified = WordPressDates.of(item.modifiedGmt(), "", "", site.timeZone());
        if (date == null && status != PostStatus.DRAFT) {
            report.warning(what, "wordpress.warning.no-date", "");
            date = clock.instant();
        }
        Set<Long> categoryIds = new LinkedHashSet<>();
        Set<Long> tagIds = new LinkedHashSet<>();
        for (Wxr.ItemTerm term : item.terms()) {
            switch (term.domain()) {
                // a term the head did not list is made here, inside this item's transaction
                case "category" -> categoryIds.add(run.categoryIds.containsKey(term.slug())
                        ? run.categoryIds.get(term.slug())
                        : category(run, new Wxr.Term("", term.slug(), term.name(), "", ""), null, report));
                case "post_tag", "tag" -> tagIds.add(run.tagIds.containsKey(term.slug())
                        ? run.tagIds.get(term.slug())
                        : tag(run, new Wxr.Term("", term.slug(), term.name(), "", ""), report));
                default -> report.warning(what, "wordpress.warning.taxonomy", term.domain());
            }
        }
        String author = authorOf(run, item, report);
        String title = title(item);
        PostImportService.SavedImport saved = posts.add(new ImportedPost(author, decode(item.postName()), title,
                body.source(), excerpt, excerptSource.isBlank() ? null : excerptSource, status,
                status == PostStatus.DRAFT ? null : date, modified, !"closed".equals(item.commentStatus()),
                categoryIds, tagIds));
        if (!item.postName().isBlank() && !saved.slug().equals(decode(item.postName()))) {
            report.warning(what, "wordpress.warning.slug-changed", saved.slug());
        }
        return saved.id();
    }

    private @Nullable Long addPage(Wxr.Item item, ReportCollector report, String what) {
        if (!List.of("publish", "draft", "pending", "private", "future").contains(item.status())) {
            report.skipped(what, "wordpress.skip.status", item.status());
            return null;
        }
        WordPressContent.Body body = WordPressContent.post(item.content());
        body.warnings().forEach(warning -> note(report, what, warning));
        String title = title(item);
        String slug = Slugs.of(item.postName().isBlank() ? title : decode(item.postName()));
        int order = parseInt(item.menuOrder());
        return pages.add(slug, title, body.source(), Math.max(0, Math.min(order, 999)), "publish".equals(item.status()));
    }

    private void addComments(ImportRun run, long postId, Wxr.Item item, ReportCollector report, String what) {
        Map<String, Wxr.Comment> byId = new HashMap<>();
        item.comments().forEach(comment -> byId.put(comment.id(), comment));
        Map<String, Long> salaIds = new HashMap<>();
        List<Wxr.Comment> waiting = new ArrayList<>(item.comments());
        // parents before their replies, whatever order the file has them in
        while (!waiting.isEmpty()) {
            List<Wxr.Comment> next = new ArrayList<>();
            for (Wxr.Comment comment : waiting) {
                String parent = comment.parent();
                boolean hasParent = !parent.isEmpty() && !"0".equals(parent) && byId.containsKey(parent)
                        && !parent.equals(comment.id());
                if (hasParent && !salaIds.containsKey(parent)) {
                    next.add(comment);
                    continue;
                }
                if (!parent.isEmpty() && !"0".equals(parent) && !hasParent) {
                    report.warning(what, "wordpress.warning.orphan-comment", comment.id());
                }
                salaIds.put(comment.id(), comment(run, postId, comment, hasParent ? salaIds.get(parent) : null, report));
            }
            if (next.size() == waiting.size()) {
                // a loop of parents: the rest starts its own threads
                next.forEach(comment -> salaIds.put(comment.id(), comment(run, postId, comment, null, report)));
                next.clear();
            }
            waiting = next;
        }
    }

    private long comment(ImportRun run, long postId, Wxr.Comment comment, @Nullable Long parentId, ReportCollector report) {
        Optional<WpImportItem> known = items.findBySourceAndKindAndWpId(run.source, WpKind.COMMENT, wpKey(comment.id()));
        if (known.isPresent() && comments.exists(known.get().getSalaId())) {
            report.alreadyThere();
            return known.get().getSalaId();
        }
        CommentStatus status = switch (comment.approved()) {
            case "1", "approve", "approved" -> CommentStatus.APPROVED;
            case "0", "hold" -> CommentStatus.PENDING;
            case "spam" -> CommentStatus.SPAM;
            case "trash", "post-trashed" -> CommentStatus.REJECTED;
            default -> {
                report.warning("#" + comment.id(), "wordpress.warning.comment-status", comment.approved());
                yield CommentStatus.PENDING;
            }
        };
        // a name that was only markup (<script>…</script>, <b></b>) is no name
        String name = cut(plain(comment.author()), 100);
        if (name.isBlank()) {
            name = CommentAuthor.ANONYMOUS;
        }
        CommentAuthor author = new CommentAuthor(name, cut(comment.authorEmail(), 254),
                blankToNull(cut(comment.authorUrl(), 300)), blankToNull(cut(comment.authorIp(), 45)), null);
        if (author.websiteDropped()) {
            report.warning("#" + comment.id(), "wordpress.warning.website-dropped", Objects.requireNonNull(author.url()));
        }
        Instant at = WordPressDates.of(comment.dateGmt(), comment.date(), "", site.timeZone());
        long id = comments.add(postId, parentId, author, WordPressContent.comment(comment.content()), status,
                at == null ? clock.instant() : at);
        if (known.isPresent()) {
            known.get().pointAt(id);
        } else {
            items.save(new WpImportItem(run.source, WpKind.COMMENT, wpKey(comment.id()), id, null, clock.instant()));
        }
        report.imported("comments");
        return id;
    }

    /** An attachment's metadata, under its post when that was imported. */
    @Transactional
    public void attachment(ImportRun run, Wxr.Item item, ReportCollector report) {
        long wpId = parseInt(item.postId());
        if (attachments.existsBySourceAndWpId(run.source, wpId)) {
            report.alreadyThere();
            return;
        }
        Long postId = items.findBySourceAndKindAndWpId(run.source, WpKind.POST, wpKey(item.postParent()))
                .map(WpImportItem::getSalaId).filter(posts::exists).orElse(null);
        String url = item.attachmentUrl().isBlank() ? item.guid().strip() : item.attachmentUrl();
        attachments.save(new WpAttachment(run.source, wpId, postId, cut(title(item), 300), cut(url, 1000),
                guessType(url), WordPressContent.plainText(item.content()),
                WordPressDates.of(item.postDateGmt(), item.postDate(), item.pubDate(), site.timeZone())));
        report.imported("attachments");
    }

    private String authorOf(ImportRun run, Wxr.Item item, ReportCollector report) {
        String username = run.usernames.get(item.creator());
        if (username != null || item.creator().isBlank()) {
            return username != null ? username : run.fallbackAuthor;
        }
        // an author the head did not list: made inside this item's transaction, so not remembered in the run
        String login = cut(item.creator(), 60);
        return accounts.findByUsername(login).isPresent() ? login
                : author(run, new Wxr.Author("", login, "", login, "", ""), report);
    }

    private static void note(ReportCollector report, String what, String warning) {
        int colon = warning.indexOf(':');
        report.warning(what, warning.substring(0, colon), warning.substring(colon + 1));
    }

    static String describe(Wxr.Item item) {
        String title = plain(item.title());
        return (title.isBlank() ? "" : title + " ") + "(#" + item.postId() + ")";
    }

    private static String title(Wxr.Item item) {
        String title = cut(plain(item.title()), 300);
        return title.isBlank() ? "#" + item.postId() : title;
    }

    private static String plain(String text) {
        return text.indexOf('<') < 0 && text.indexOf('&') < 0 ? text.strip() : WordPressContent.plainText(text);
    }

    static String decode(String slug) {
        try {
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }

    private static @Nullable String guessType(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return null;
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * WordPress keeps slugs to 200 characters (ids are numbers), but a file can hold longer ones: those are known
     * by their start and a digest of the whole, so that they still fit and never mix.
     */
    static String wpKey(String slug) {
        if (slug.length() <= MAX_WP_ID) {
            return slug;
        }
        String digest = DigestUtils.md5DigestAsHex(slug.getBytes(StandardCharsets.UTF_8));
        return slug.substring(0, MAX_WP_ID - digest.length() - 1) + "#" + digest;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
