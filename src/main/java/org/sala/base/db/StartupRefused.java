package org.sala.base.db;

/**
 * Sala cannot start in this environment, for a reason the operator can fix; {@link StartupRefusedAnalyzer}
 * prints the reason and the fix instead of a stack trace.
 */
public class StartupRefused extends RuntimeException {

    private final String action;

    public StartupRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
