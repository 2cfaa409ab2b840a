package org.sala.base.text;

/** SQL LIKE patterns from what people type, with {@code \} as the escape character. */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {}

    /** Matches any value that contains the text as typed: % and _ are not wildcards there. */
    public static String containing(String text) {
        String escaped = (text == null ? "" : text.strip())
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
