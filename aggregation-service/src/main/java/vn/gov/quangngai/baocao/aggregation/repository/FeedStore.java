package vn.gov.quangngai.baocao.aggregation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import vn.gov.quangngai.baocao.aggregation.client.FeedDtos;

/**
 * What the feed follower writes: the cursor, rounds, agencies' standing, versions and their
 * figures. Every write is idempotent (a version is never taken in twice) and runs in the
 * follower's transaction, together with the cursor it advances. Also the follower's lease: one
 * instance follows the feed at a time.
 */
@ApplicationScoped
public class FeedStore {

    private final DataSource dataSource;
    private final ObjectMapper json;

    public FeedStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Key of the session advisory lock that the one instance following the feed holds. */
    static final long FOLLOWER_LOCK = 0x62616f63616f01L;

    /**
     * The right to follow the feed, held by one instance at a time: a session advisory lock on a
     * connection of its own, outside any transaction (no row is locked while report-service is
     * read). Empty when another instance holds it. It ends when closed, and with the connection
     * if the process dies.
     */
    public Optional<FollowerLease> followerLease() {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to follow the feed", e);
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, FOLLOWER_LOCK);
            try (var row = lock.executeQuery()) {
                if (row.next() && row.getBoolean(1)) {
                    return Optional.of(new FollowerLease(connection));
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot take the feed follower's lock", e);
        }
    }

    /** Held while this instance follows the feed; closing it lets another instance follow. */
    public static final class FollowerLease implements AutoCloseable {

        private final Connection connection;

        private FollowerLease(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, FOLLOWER_LOCK);
                unlock.execute();
            } catch (SQLException e) {
                // the connection broke: the session, and its lock, are gone with it
            } finally {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to release
        }
    }

    /**
     * Locks the cursor row for this transaction and returns the cursor, or empty when another
     * instance holds it (that instance is storing a page; this one has nothing to do).
     */
    public OptionalLong lockCursor() {
        List<Long> cursor = Jdbc.query(dataSource, "SELECT last_seq FROM feed_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED", row -> row.getLong(1));
        return cursor.isEmpty() ? OptionalLong.empty() : OptionalLong.of(cursor.get(0));
    }

    public void advanceCursor(long seq, OffsetDateTime at) {
        Jdbc.update(dataSource, "UPDATE feed_cursor SET last_seq = ?, updated_at = ?, last_success_at = ? WHERE id = 1", seq, at, at);
    }

    public void recordSuccess(OffsetDateTime at) {
        Jdbc.update(dataSource, "UPDATE feed_cursor SET last_success_at = ? WHERE id = 1", at);
    }

    public long cursor() {
        return Jdbc.query(dataSource, "SELECT last_seq FROM feed_cursor WHERE id = 1", row -> row.getLong(1)).get(0);
    }

    public boolean hasRound(String code) {
        return !Jdbc.query(dataSource, "SELECT 1 FROM round WHERE code = ?", row -> true, code).isEmpty();
    }

    /** Inserts or refreshes a round and its expected agencies (names and order; their standing is left alone). */
    public void saveRound(FeedDtos.Round round, List<FeedDtos.ReportRow> rows, OffsetDateTime at) {
        Jdbc.update(dataSource, """
                INSERT INTO round (code, title, request_number, request_date, request_issuer, period_kind, period_year, period_index,
                                   deadline, status, template, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, deadline = EXCLUDED.deadline, status = EXCLUDED.status,
                                                 template = EXCLUDED.template, updated_at = EXCLUDED.updated_at""",
                round.code(), round.title(), round.request().number(), round.request().date(), round.request().issuer(),
                round.period().kind(), round.period().year(), round.period().index(), round.deadline(), round.status(),
                new Jdbc.Json(round.template().toString()), at);
        for (int i = 0; i < rows.size(); i++) {
            FeedDtos.ReportRow row = rows.get(i);
            Jdbc.update(dataSource, """
                    INSERT INTO round_agency (round_code, agency_code, agency_name, position) VALUES (?, ?, ?, ?)
                    ON CONFLICT (round_code, agency_code) DO UPDATE SET agency_name = EXCLUDED.agency_name, position = EXCLUDED.position""",
                    round.code(), row.agency(), row.agencyName(), i + 1);
        }
    }

    public void setRoundStatus(String round, String status, OffsetDateTime at) {
        Jdbc.update(dataSource, "UPDATE round SET status = ?, updated_at = ? WHERE code = ?", status, at, round);
    }

    /** Takes in a submitted version and its figures once; a version already here is left as it is. */
    public void saveVersion(FeedDtos.Version version) {
        int inserted = Jdbc.update(dataSource, """
                INSERT INTO report_version (round_code, agency_code, version, submitted_at, late, nil_report, content)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                version.round(), version.agency(), version.version(), version.submittedAt(), version.late(), version.nilReport(),
                new Jdbc.Json(write(version)));
        if (inserted == 0 || version.nilReport() || version.indicators() == null) {
            return;
        }
        // one round trip for all of a version's figures
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO figure_value (round_code, agency_code, version, code, number_value, bool_value, text_value)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (FeedDtos.IndicatorValue indicator : version.indicators()) {
                JsonNode value = indicator.value();
                if (value == null || value.isNull()) {
                    continue;
                }
                Jdbc.bind(insert, version.round(), version.agency(), version.version(), indicator.code(),
                        value.isNumber() ? new BigDecimal(value.asText()) : null,
                        value.isBoolean() ? value.asBoolean() : null,
                        value.isTextual() ? value.asText() : null);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the figures of " + version.round() + "/" + version.agency() + " v" + version.version(), e);
        }
    }

    /** The agency's standing after a status change; a first submission also fixes whether the agency was late. */
    public void setStanding(String round, String agency, String status, int version, FeedDtos.Version submitted) {
        Jdbc.update(dataSource, "UPDATE round_agency SET status = ?, current_version = ? WHERE round_code = ? AND agency_code = ?",
                status, version, round, agency);
        if (submitted != null) {
            Jdbc.update(dataSource, """
                    UPDATE round_agency SET first_submitted_at = ?, late = ?
                    WHERE round_code = ? AND agency_code = ? AND first_submitted_at IS NULL""",
                    submitted.submittedAt(), submitted.late(), round, agency);
        }
    }

    private String write(FeedDtos.Version version) {
        try {
            return json.writeValueAsString(version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a version as JSON", e);
        }
    }
}
