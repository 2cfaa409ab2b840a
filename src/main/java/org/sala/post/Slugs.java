package org.sala.post;

import com.ibm.icu.text.Transliterator;

/** Readable, ASCII-only URL segments from titles in any script ("การย้ายถิ่น" → "kar-yay-thin"). */
public final class Slugs {

    static final int MAX_LENGTH = 80;

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower()");

    private Slugs() {}

    public static String of(String title) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(title);
        }
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "post" : slug;
    }
}
