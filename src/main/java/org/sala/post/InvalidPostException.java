package org.sala.post;

import java.util.Map;

/** The post cannot be saved as it is; {@code problems} maps fields to translation keys. */
public class InvalidPostException extends RuntimeException {

    private final transient Map<String, String> problems;

    public InvalidPostException(Map<String, String> problems) {
        super("Invalid post: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
