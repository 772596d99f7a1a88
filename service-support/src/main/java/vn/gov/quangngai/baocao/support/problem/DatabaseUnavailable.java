package vn.gov.quangngai.baocao.support.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database from every other failure, whichever layer wrapped it
 * (Hibernate, Narayana, the services' own JDBC helpers): the first is the operators' to fix and
 * the client's to retry (503), the second is a bug (500).
 */
public final class DatabaseUnavailable {

    /** How deep to look into causes and suppressed exceptions; wrappers are a few levels, never more. */
    private static final int MAX_DEPTH = 12;

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached or is shutting down. */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    private static boolean causedBy(Throwable failure, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return false;
        }
        if (failure instanceof SQLException sql && isUnavailable(sql)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causedBy(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && causedBy(failure.getCause(), depth + 1);
    }

    private static boolean isUnavailable(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") // connection exception
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") // shutting down, crashed, starting up
                || state.equals("53300"))) { // too many connections
            return true;
        }
        // the connection pool gave up waiting for a connection it could not open
        String message = sql.getMessage();
        return state == null && message != null && message.startsWith("Acquisition timeout");
    }
}
