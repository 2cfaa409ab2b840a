package org.sala.comment;

import java.util.Map;

/** A rule setting out of its range: field name to translation key. */
public class InvalidRuleException extends RuntimeException {

    private final transient Map<String, String> problems;

    public InvalidRuleException(Map<String, String> problems) {
        super("Invalid comment rule settings: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
