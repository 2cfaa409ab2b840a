package org.sala.comment;

import org.jspecify.annotations.Nullable;

/** The settings were changed by somebody else since the moderator opened them. */
public class RuleSettingsChangedException extends RuntimeException {

    private final @Nullable String changedBy;

    public RuleSettingsChangedException(@Nullable String changedBy) {
        super("Comment rule settings changed meanwhile by " + changedBy);
        this.changedBy = changedBy;
    }

    public @Nullable String changedBy() {
        return changedBy;
    }
}
