package org.sala.moderation.service;

/** The start of a comment's text on one line, cut at a word where it is long, for lists and pages that quote it. */
public final class CommentExcerpt {

    private CommentExcerpt() {}

    /** At most {@code maxCodePoints} characters (never half a surrogate pair), then "…" if there was more. */
    public static String of(String text, int maxCodePoints) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= maxCodePoints) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, maxCodePoints);
        int space = flat.lastIndexOf(' ', end);
        return flat.substring(0, space > end / 2 ? space : end) + "…";
    }
}
