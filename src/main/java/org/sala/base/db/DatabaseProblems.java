package org.sala.base.db;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/** Telling a database outage (expected now and then, worth one log line) from a bug (worth a stack trace). */
public final class DatabaseProblems {

    private DatabaseProblems() {}

    /** Whether the failure comes from the database being unreachable or failing. */
    public static boolean isDatabaseProblem(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** Logs a failed piece of background work: one line for an outage, the stack trace otherwise. */
    public static void logFailure(Logger log, String what, RuntimeException error) {
        if (isDatabaseProblem(error)) {
            log.warn("{}: the database is unavailable ({})", what, error.toString());
        } else {
            log.warn(what, error);
        }
    }
}
