package vn.gov.quangngai.baocao.aggregation.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small helpers over plain JDBC: the aggregation is SQL, and reads better as SQL. */
final class Jdbc {

    private static final int FETCH_SIZE = 2000;

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
    static <T> List<T> query(DataSource dataSource, String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = new ArrayList<>();
        each(dataSource, sql, row -> rows.add(mapper.map(row)), parameters);
        return rows;
    }

    /**
     * Hands each row to {@code consumer} as it arrives, holding none: inside a transaction the
     * driver reads through a cursor, {@value #FETCH_SIZE} rows at a time. A String[] parameter
     * binds as text[].
     */
    static void each(DataSource dataSource, String sql, RowConsumer consumer, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] values) {
                    statement.setArray(i + 1, connection.createArrayOf("text", values));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    consumer.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database query failed: " + firstLine(sql), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the current row of a result set, e.g. to write it out. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException, IOException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static String firstLine(String sql) {
        return sql.strip().lines().findFirst().orElse(sql);
    }

    /** A JSON text bound as jsonb. */
    record Json(String text) {
    }
}
