package org.sala.base.db;

import java.sql.SQLException;
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
}
