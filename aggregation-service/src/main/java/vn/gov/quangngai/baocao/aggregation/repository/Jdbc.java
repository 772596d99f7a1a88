package vn.gov.quangngai.baocao.aggregation.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/** Small helpers over plain JDBC: the aggregation is SQL, and reads better as SQL. */
final class Jdbc {

    private Jdbc() {
    }

    /** Runs an update with positional parameters; returns the row count. */
    static int update(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("database update failed: " + firstLine(sql), e);
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof OffsetDateTime time) {
                statement.setObject(i + 1, time);
            } else if (value instanceof Json json) {
                statement.setObject(i + 1, json.text(), Types.OTHER);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static OffsetDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    static String firstLine(String sql) {
        return sql.strip().lines().findFirst().orElse(sql);
    }

    /** A JSON text bound as jsonb. */
    record Json(String text) {
    }
}
