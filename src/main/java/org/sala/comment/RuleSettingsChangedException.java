package org.sala.comment;

/** The settings were changed by somebody else since the moderator opened them. */
public class RuleSettingsChangedException extends RuntimeException {

    private final String changedBy;

    public RuleSettingsChangedException(String changedBy) {
        super("Comment rule settings changed meanwhile by " + changedBy);
        this.changedBy = changedBy;
    }

    public String changedBy() {
        return changedBy;
    }
}
