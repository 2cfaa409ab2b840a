package org.sala.media;

/** An uploaded file as pages link to it: {@code path} is site-relative, such as {@code /media/…/report.pdf}. */
public record MediaLink(long id, String path, String name, String contentType, long sizeBytes) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
