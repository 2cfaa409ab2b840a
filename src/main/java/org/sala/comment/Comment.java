package org.sala.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reader's (or a moderator's) answer to a post. {@code bodyHtml} is always the comment
 * sanitiser's output for {@code bodyRaw}; the raw text is kept for moderators only.
 */
@Entity
public class Comment {

    /** Digits per comment id in the thread path. */
    static final int PATH_DIGITS = 12;
    /** Replies nest this deep at most; a reply to a deeper comment joins its parent's replies. */
    public static final int MAX_DEPTH = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "thread_path", nullable = false)
    private String threadPath = "";

    @Column(nullable = false)
    private int depth;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(name = "author_url", length = 300)
    private @Nullable String authorUrl;

    @Column(name = "author_ip", length = 45)
    private @Nullable String authorIp;

    @Column(name = "staff_account_id")
    private @Nullable Long staffAccountId;

    @Column(name = "body_raw", nullable = false, columnDefinition = "TEXT")
    private String bodyRaw;

    @Column(name = "body_html", nullable = false, columnDefinition = "TEXT")
    private String bodyHtml;

    /** The version of {@code CommentHtmlPolicy} that {@code bodyHtml} went through. */
    @Column(name = "html_policy_version", nullable = false)
    private int htmlPolicyVersion;

    @Column(name = "sanitizer_report", length = 1000)
    private @Nullable String sanitizerReport;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status = CommentStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable CommentRule rule;

    @Column(name = "rule_note")
    private @Nullable String ruleNote;

    @Column(name = "reader_token_hash", length = 64)
    private @Nullable String readerTokenHash;

    /** The commenter asked for a mail once the comment is published (or rejected with a reason). */
    @Column(name = "mail_when_published", nullable = false)
    private boolean mailWhenPublished;

    /** The commenter asked for a mail when someone's reply to it is published. */
    @Column(name = "mail_on_replies", nullable = false)
    private boolean mailOnReplies;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Comment() {}

    @SuppressWarnings("NullAway.Init") // the body is set by setBody before the first save
    public Comment(long postId, CommentAuthor author, Instant createdAt) {
        this.postId = postId;
        // every comment has a name to show, whatever wrote it
        this.authorName = author.name() == null || author.name().isBlank() ? CommentAuthor.ANONYMOUS : author.name();
        this.authorEmail = author.email();
        // only a web address becomes a link, whatever wrote the comment (reader form, import)
        this.authorUrl = author.website();
        this.authorIp = author.ip();
        this.staffAccountId = author.staffAccountId();
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Places the comment in its thread; needs its id, so it runs after the first save. */
    public void placeUnder(@Nullable Comment parent) {
        if (parent == null) {
            this.parentId = null;
            this.depth = 0;
            this.threadPath = segment(id);
        } else if (parent.depth >= MAX_DEPTH) {
            Comment sibling = parent;
            this.parentId = sibling.parentId;
            this.depth = sibling.depth;
            this.threadPath = sibling.threadPath.substring(0, sibling.threadPath.length() - PATH_DIGITS - 1)
                    + segment(id);
        } else {
            this.parentId = parent.id;
            this.depth = parent.depth + 1;
            this.threadPath = parent.threadPath + segment(id);
        }
    }

    private static String segment(long id) {
        return String.format("%0" + PATH_DIGITS + "d/", id);
    }

    public void setBody(String raw, String sanitizedHtml, int htmlPolicyVersion, @Nullable String sanitizerReport, Instant now) {
        this.bodyRaw = raw;
        this.bodyHtml = sanitizedHtml;
        this.htmlPolicyVersion = htmlPolicyVersion;
        this.sanitizerReport = sanitizerReport;
        this.updatedAt = now;
    }

    public void setStatus(CommentStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** Records which of the moderators' rules decided the comment's status on arrival, and why. */
    public void setRule(@Nullable CommentRule rule, @Nullable String note) {
        this.rule = rule;
        this.ruleNote = note;
    }

    public void setReaderTokenHash(@Nullable String readerTokenHash) {
        this.readerTokenHash = readerTokenHash;
    }

    /** What the commenter asked to be told by mail; only a published comment or reply ever causes one. */
    public void askForMail(boolean whenPublished, boolean onReplies) {
        this.mailWhenPublished = whenPublished;
        this.mailOnReplies = onReplies;
    }

    public boolean wantsMailWhenPublished() {
        return mailWhenPublished;
    }

    public boolean wantsMailOnReplies() {
        return mailOnReplies;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public String getThreadPath() {
        return threadPath;
    }

    public int getDepth() {
        return depth;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public @Nullable String getAuthorUrl() {
        return authorUrl;
    }

    public @Nullable String getAuthorIp() {
        return authorIp;
    }

    public @Nullable Long getStaffAccountId() {
        return staffAccountId;
    }

    public String getBodyRaw() {
        return bodyRaw;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public int getHtmlPolicyVersion() {
        return htmlPolicyVersion;
    }

    public @Nullable String getSanitizerReport() {
        return sanitizerReport;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public @Nullable CommentRule getRule() {
        return rule;
    }

    public @Nullable String getRuleNote() {
        return ruleNote;
    }

    public @Nullable String getReaderTokenHash() {
        return readerTokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
