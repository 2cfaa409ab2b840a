package org.sala.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a reader types into the comment form. The constraints are the rules: the form checks
 * them as the reader types (Vaadin's BeanValidationBinder) and the service checks them again.
 * Their messages are translation keys of the interface bundles.
 */
public class CommentDraft {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_WEBSITE = 300;
    public static final int MAX_BODY = 5000;

    /** C0 control characters other than tab and line breaks, DEL, and bidirectional overrides. */
    private static final String NO_CONTROL_CHARACTERS =
            "[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u202A-\\u202E\\u2066-\\u2069]*";

    @NotBlank(message = "comment.error.name.required")
    @Size(max = MAX_NAME, message = "comment.error.name.too-long")
    @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "comment.error.control-characters")
    private String name = "";

    @NotBlank(message = "comment.error.email.required")
    @Size(max = MAX_EMAIL, message = "comment.error.email.too-long")
    @Email(message = "comment.error.email.invalid")
    private String email = "";

    @Size(max = MAX_WEBSITE, message = "comment.error.website.too-long")
    @Pattern(regexp = "(" + CommentAuthor.WEB_ADDRESS + ")?", flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "comment.error.website.invalid")
    private String website = "";

    @NotBlank(message = "comment.error.body.required")
    @Size(max = MAX_BODY, message = "comment.error.body.too-long")
    @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "comment.error.control-characters")
    private String body = "";

    /** Mail me when a moderator approves it (or, with a reason, rejects it). */
    private boolean notifyWhenPublished;

    /** Mail me when an approved reply to it appears. */
    private boolean notifyReplies;

    public CommentDraft() {}

    public CommentDraft(String name, String email, String website, String body) {
        this.name = name;
        this.email = email;
        this.website = website;
        this.body = body;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isNotifyWhenPublished() {
        return notifyWhenPublished;
    }

    public void setNotifyWhenPublished(boolean notifyWhenPublished) {
        this.notifyWhenPublished = notifyWhenPublished;
    }

    public boolean isNotifyReplies() {
        return notifyReplies;
    }

    public void setNotifyReplies(boolean notifyReplies) {
        this.notifyReplies = notifyReplies;
    }
}
