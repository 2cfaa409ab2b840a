package org.sala.base.db;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.transaction.TransactionException;

/** Telling a database outage (expected now and then, worth one log line) from a bug (worth a stack trace). */
public final class DatabaseProblems {

    private DatabaseProblems() {}

    /**
     * Whether the failure comes from the database being unreachable or failing; not when the code
     * used it wrongly (a query outside a transaction, bad SQL), which is a bug whatever the database does.
     */
    public static boolean isDatabaseProblem(Throwable error) {
        boolean database = false;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidDataAccessApiUsageException || cause instanceof InvalidDataAccessResourceUsageException) {
                return false;
            }
            database |= cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLException;
        }
        return database;
    }
}
