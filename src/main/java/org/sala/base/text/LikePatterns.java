package org.sala.base.text;

import org.springframework.data.jpa.repository.query.EscapeCharacter;

/** SQL LIKE patterns from what people type, escaped by Spring Data (with {@code \}). */
public final class LikePatterns {

    public static final char ESCAPE = EscapeCharacter.DEFAULT.getEscapeCharacter();

    private LikePatterns() {}

    /** Matches any value that contains the text as typed: % and _ are not wildcards there. */
    public static String containing(String text) {
        return "%" + EscapeCharacter.DEFAULT.escape(text == null ? "" : text.strip()) + "%";
    }
}
