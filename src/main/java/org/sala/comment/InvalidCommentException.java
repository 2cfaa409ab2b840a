package org.sala.comment;

import java.util.Map;

/** The comment breaks a rule; {@code problems} maps each field to its (translated) message. */
public class InvalidCommentException extends RuntimeException {

    private final transient Map<String, String> problems;

    public InvalidCommentException(Map<String, String> problems) {
        super("Invalid comment: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
