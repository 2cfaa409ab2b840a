package org.sala.comment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The XSS vectors of {@code xss/vectors.txt} and variants of each: in other case, inside text,
 * a quote, a list and bold Markdown, and with the scheme split by a tab or an entity.
 */
final class XssVectors {

    private XssVectors() {}

    static List<String> base() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                XssVectors.class.getResourceAsStream("/xss/vectors.txt"), StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> withVariants() {
        Set<String> all = new LinkedHashSet<>();
        for (String vector : base()) {
            all.add(vector);
            all.add(vector.toUpperCase(Locale.ROOT));
            all.add("Thank you for the report ขอบคุณ " + vector + " 🙂 more text");
            all.add("> " + vector);
            all.add("- " + vector);
            all.add("**" + vector + "**");
            all.add(vector.replace("javascript:", "java\tscript:"));
            all.add(vector.replace("javascript:", "&#x6A;avascript:"));
        }
        return List.copyOf(all);
    }
}
