package org.sala.base.ui;

import java.time.Instant;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A reader page as markup: the view's own element ({@code <div class="list-view">} and what is in
 * it), its title and head metadata. Built once per request and language, it becomes either the
 * cached HTML page or, in a running UI, the view's content.
 *
 * @param status the HTTP status: 200, or 404 when there is nothing at this address
 * @param canonicalPath the page's own address ({@code /category/updates}), for link previews
 * @param redirectTo where the page really lives when it was asked for at another address
 * @param freshUntil when what the page shows changes by itself (comments close), if it does
 */
public record ReaderPage(int status, String title, PageMetadata metadata, @Nullable Element content, String canonicalPath,
        Optional<String> redirectTo, Optional<Instant> freshUntil) {

    public static ReaderPage of(String title, PageMetadata metadata, @Nullable Element content, String canonicalPath) {
        return new ReaderPage(200, title, metadata, content, canonicalPath, Optional.empty(), Optional.empty());
    }

    public static ReaderPage notFound() {
        return new ReaderPage(404, "", PageMetadata.NONE, null, "", Optional.empty(), Optional.empty());
    }

    public static ReaderPage redirect(String path) {
        return new ReaderPage(301, "", PageMetadata.NONE, null, path, Optional.of(path), Optional.empty());
    }

    public ReaderPage freshUntil(Instant until) {
        return new ReaderPage(status, title, metadata, content, canonicalPath, redirectTo, Optional.of(until));
    }

    public boolean found() {
        return status == 200;
    }
}
