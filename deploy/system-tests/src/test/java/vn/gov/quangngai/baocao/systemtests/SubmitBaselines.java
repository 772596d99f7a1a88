package vn.gov.quangngai.baocao.systemtests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The submit path's baselines: reports per second when the rows that a submission writes go
 * straight into PostgreSQL over JDBC, from as many clients as the load has, each writing its own
 * report again and again. Each run has a database of its own, made anew, with the same simplified
 * tables for both ways of submitting, so that the two baselines differ only in what the
 * submission's transactions write.
 */
final class SubmitBaselines {

    /** One client: writes report {@code report}'s rows over its connection, one submission after another until {@code end}; returns how many. */
    @FunctionalInterface
    private interface Client {
        int submitUntil(Connection connection, int report, Instant end) throws SQLException;
    }

    private final Suite suite;
    private final String body;
    private final int threads;
    private final Duration phase;

    SubmitBaselines(Suite suite, String body, int threads, Duration phase) {
        this.suite = suite;
        this.body = body;
        this.threads = threads;
        this.phase = phase;
    }

    /**
     * The rows that a PUT and a submit write ({@code ReportService.saveDraft}, then {@code submit}):
     * the draft saved with its audit event (one transaction), then the frozen version, its audit
     * event, its feed row and the report's new status (another).
     */
    double twoTransactions() throws Exception {
        return rate((connection, report, end) -> {
            PreparedStatement draft = connection.prepareStatement("UPDATE report SET draft = ?::jsonb, status = 'DRAFT', revision = revision + 1, updated_at = now() WHERE id = ?");
            PreparedStatement event = connection.prepareStatement("INSERT INTO report_event (report_id, action, at) VALUES (?, ?, now())");
            PreparedStatement version = connection.prepareStatement("INSERT INTO report_version (report_id, version, content, submitted_at) VALUES (?, ?, ?::jsonb, now())");
            PreparedStatement feed = connection.prepareStatement("INSERT INTO change_feed (report_id, version, status, at) VALUES (?, ?, 'SUBMITTED', now())");
            PreparedStatement submitted = connection.prepareStatement("UPDATE report SET status = 'SUBMITTED', current_version = ?, revision = revision + 1, updated_at = now() WHERE id = ?");
            int number = 0;
            while (Instant.now().isBefore(end)) {
                number++;
                draft.setString(1, body);
                draft.setInt(2, report);
                draft.executeUpdate();
                event.setInt(1, report);
                event.setString(2, "DRAFT_SAVED");
                event.executeUpdate();
                connection.commit();
                version.setInt(1, report);
                version.setInt(2, number);
                version.setString(3, body);
                version.executeUpdate();
                event.setString(2, "SUBMITTED");
                event.executeUpdate();
                feed.setInt(1, report);
                feed.setInt(2, number);
                feed.executeUpdate();
                submitted.setInt(1, number);
                submitted.setInt(2, report);
                submitted.executeUpdate();
                connection.commit();
            }
            return number;
        });
    }

    /**
     * The rows that one {@code POST …/submissions} writes in its one transaction
     * ({@code ReportService.submitContent}: {@code saveDraft}, then {@code freeze}, with no
     * Idempotency-Key, so no key's record): the audit event of the draft saved, the frozen version,
     * the audit event of the submit, the report row (draft, status, current version, revision
     * raised twice, time: the ORM flushes both changes of the row as one UPDATE, before the feed's
     * lock) and the feed row. As in the two-transaction baseline, what the service only reads or
     * locks (the report row FOR UPDATE, the round, the outline, the feed's advisory lock) is left out.
     */
    double oneTransaction() throws Exception {
        return rate((connection, report, end) -> {
            PreparedStatement event = connection.prepareStatement("INSERT INTO report_event (report_id, action, at) VALUES (?, ?, now())");
            PreparedStatement version = connection.prepareStatement("INSERT INTO report_version (report_id, version, content, submitted_at) VALUES (?, ?, ?::jsonb, now())");
            PreparedStatement submitted = connection.prepareStatement(
                    "UPDATE report SET draft = ?::jsonb, status = 'SUBMITTED', current_version = ?, revision = revision + 2, updated_at = now() WHERE id = ?");
            PreparedStatement feed = connection.prepareStatement("INSERT INTO change_feed (report_id, version, status, at) VALUES (?, ?, 'SUBMITTED', now())");
            int number = 0;
            while (Instant.now().isBefore(end)) {
                number++;
                event.setInt(1, report);
                event.setString(2, "DRAFT_SAVED");
                event.executeUpdate();
                version.setInt(1, report);
                version.setInt(2, number);
                version.setString(3, body);
                version.executeUpdate();
                event.setString(2, "SUBMITTED");
                event.executeUpdate();
                submitted.setString(1, body);
                submitted.setInt(2, number);
                submitted.setInt(3, report);
                submitted.executeUpdate();
                feed.setInt(1, report);
                feed.setInt(2, number);
                feed.executeUpdate();
                connection.commit();
            }
            return number;
        });
    }

    /** Reports per second of {@code threads} such clients for one phase, in a database made anew; a client that fails fails the run. */
    private double rate(Client client) throws Exception {
        DataSource bench = freshDatabase();
        Instant end = Instant.now().plus(phase);
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int report = t;
            clients.add(pool.submit(() -> {
                try (Connection connection = bench.getConnection()) {
                    connection.setAutoCommit(false);
                    return client.submitUntil(connection, report, end);
                }
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(phase.toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JDBC baseline's clients did not finish");
        }
        Duration elapsed = Duration.between(start, Instant.now());
        // a client that failed wrote fewer rows: the baseline would look slower and every ratio to it better
        int reports = 0;
        for (Future<Integer> done : clients) {
            try {
                reports += done.get();
            } catch (ExecutionException failed) {
                throw new IllegalStateException("a client of the JDBC baseline failed", failed.getCause());
            }
        }
        return reports / (elapsed.toMillis() / 1000.0);
    }

    /** The database "bench", dropped and made again, with one NOT_STARTED report per client. */
    private DataSource freshDatabase() throws SQLException {
        try (Connection connection = suite.postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS bench");
            statement.execute("CREATE DATABASE bench");
        }
        DataSource bench = suite.postgres.getDatabase("postgres", "bench");
        try (Connection connection = bench.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE report (id INT PRIMARY KEY, status TEXT, draft JSONB, current_version INT, revision INT, updated_at TIMESTAMPTZ)");
            statement.execute("CREATE TABLE report_version (report_id INT, version INT, content JSONB, submitted_at TIMESTAMPTZ, PRIMARY KEY (report_id, version))");
            statement.execute("CREATE TABLE report_event (id BIGSERIAL PRIMARY KEY, report_id INT, action TEXT, at TIMESTAMPTZ)");
            statement.execute("CREATE TABLE change_feed (seq BIGSERIAL PRIMARY KEY, report_id INT, version INT, status TEXT, at TIMESTAMPTZ)");
            statement.execute("INSERT INTO report SELECT i, 'NOT_STARTED', NULL, 0, 0, now() FROM generate_series(0, " + (threads - 1) + ") i");
        }
        return bench;
    }
}
