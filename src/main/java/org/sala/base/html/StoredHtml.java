package org.sala.base.html;

import org.jspecify.annotations.Nullable;

/** A stored body as the re-sanitiser reads it: its HTML and, for posts and pages, the Markdown it came from. */
public record StoredHtml(long id, @Nullable String source, String html) {

    /** A comment: sanitised again from its stored HTML only. */
    public StoredHtml(long id, String html) {
        this(id, null, html);
    }
}
