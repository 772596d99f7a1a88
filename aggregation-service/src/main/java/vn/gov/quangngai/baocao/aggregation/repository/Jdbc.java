package vn.gov.quangngai.baocao.aggregation.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /** Reads rows with a mapper; a String[] parameter binds as text[]. */
    static <T> java.util.List<T> query(DataSource dataSource, String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] values) {
                    statement.setArray(i + 1, connection.createArrayOf("text", values));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            statement.setFetchSize(2000);
            java.util.List<T> rows = new java.util.ArrayList<>();
            try (java.sql.ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("database query failed: " + firstLine(sql), e);
        }
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(java.sql.ResultSet row) throws SQLException;
    }

    static String firstLine(String sql) {
        return sql.strip().lines().findFirst().orElse(sql);
    }

    /** A JSON text bound as jsonb. */
    record Json(String text) {
    }
}
