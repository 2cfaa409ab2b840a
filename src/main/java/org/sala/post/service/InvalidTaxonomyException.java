package org.sala.post.service;

import java.util.Map;

/**
 * A category or tag cannot be changed so; {@code problems} maps fields ({@code name},
 * {@code target}, or {@code entry} for the category or tag itself) to translation keys.
 */
public class InvalidTaxonomyException extends RuntimeException {

    private final transient Map<String, String> problems;

    public InvalidTaxonomyException(Map<String, String> problems) {
        super("Invalid taxonomy change: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
