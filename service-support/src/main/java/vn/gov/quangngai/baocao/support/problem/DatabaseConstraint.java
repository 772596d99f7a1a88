package vn.gov.quangngai.baocao.support.problem;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds the database constraint a failure broke, whichever layer wrapped the driver's error and
 * wherever it surfaced (Hibernate at flush, Narayana at commit, a CDI interceptor's undeclared
 * throwable): a unique key (another request got there first) or a check or not-null constraint
 * (a value the service should have refused before writing it).
 */
public final class DatabaseConstraint {

    /** SQLSTATE of a unique-key violation. */
    public static final String UNIQUE = "23505";
    private static final String CHECK = "23514";
    private static final String NOT_NULL = "23502";

    /** How deep to look into causes and suppressed exceptions; wrappers are a few levels, never more. */
    private static final int MAX_DEPTH = 12;

    /** What kind of constraint was broken. */
    public enum Kind {
        /** A unique key: the row exists already, usually written by a concurrent request. */
        UNIQUE,
        /** A check or not-null constraint: a value the table does not hold. */
        CHECK
    }

    private DatabaseConstraint() {
    }

    /** The kind of constraint the failure, or anything that caused it, broke; empty when it broke none. */
    public static Optional<Kind> violatedBy(Throwable failure) {
        return state(failure, 0).map(state -> state.equals(UNIQUE) ? Kind.UNIQUE : Kind.CHECK);
    }

    /** Whether the failure, or anything that caused it, is a unique-key violation. */
    public static boolean isUniqueViolation(Throwable failure) {
        return violatedBy(failure).filter(Kind.UNIQUE::equals).isPresent();
    }

    private static Optional<String> state(Throwable failure, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (UNIQUE.equals(state) || CHECK.equals(state) || NOT_NULL.equals(state)) {
                return Optional.of(state);
            }
            // a batch failure keeps the statement's own error as the next exception, not as the cause
            Optional<String> next = state(sql.getNextException(), depth + 1);
            if (next.isPresent()) {
                return next;
            }
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            Optional<String> found = state(suppressed, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return failure.getCause() == failure ? Optional.empty() : state(failure.getCause(), depth + 1);
    }
}
