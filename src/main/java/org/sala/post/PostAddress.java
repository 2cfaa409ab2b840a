package org.sala.post;

/** Where a post lives: {@code /2017/06/full-papers-now-available}. */
public record PostAddress(int year, int month, String slug) {

    public static PostAddress of(int publishedMonth, String slug) {
        return new PostAddress(publishedMonth / 100, publishedMonth % 100, slug);
    }

    public String path() {
        return "%04d/%02d/%s".formatted(year, month, slug);
    }
}
