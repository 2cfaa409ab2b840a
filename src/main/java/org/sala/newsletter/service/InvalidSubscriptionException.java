package org.sala.newsletter.service;

import java.util.Map;

/** The form's input was refused; by field ("email", "name"), a translation key. */
public class InvalidSubscriptionException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidSubscriptionException(Map<String, String> problems) {
        super("Invalid subscription: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
