package vn.gov.quangngai.baocao.report.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * The registry read and written a batch at a time, for a list of thousands of agencies: one query
 * reads the periods of every code the list names, and one statement per table writes what it
 * changed (arrays unnested by PostgreSQL), where entities would cost queries per line and a
 * persistence context checked in full before each of them. On the transaction's connection.
 */
@ApplicationScoped
class RegistryBatch {

    /** A change to record in {@code agency_change}, its body as JSON text. */
    public record ChangeRow(String type, LocalDate effective, String basis, String body) {
    }

    private final EntityManager entities;

    public RegistryBatch(EntityManager entities) {
        this.entities = entities;
    }

    /** The state of {@code codes}: every period of each, oldest first (codes never used have none). */
    public RegistryState read(Collection<String> codes) {
        RegistryState state = new RegistryState();
        session().doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, code, valid_from, valid_to, name, kind, parent_code FROM agency_period "
                    + "WHERE code = ANY(?) ORDER BY code, valid_from ASC NULLS FIRST")) {
                query.setArray(1, connection.createArrayOf("text", codes.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        state.load(rows.getLong(1), new RegistryPeriod(rows.getString(2), rows.getObject(3, LocalDate.class),
                                rows.getObject(4, LocalDate.class), rows.getString(5), AgencyKind.valueOf(rows.getString(6)), rows.getString(7)));
                    }
                }
            }
        });
        return state;
    }

    /** Writes what the batch did to {@code state}, with a record of each change. */
    public void write(RegistryState state, List<ChangeRow> changes, OffsetDateTime appliedAt, String appliedBy) {
        session().flush();
        session().doWork(connection -> {
            insertAgencies(connection, state.createdCodes());
            updatePeriods(connection, state.changedRows());
            insertPeriods(connection, state.newPeriods());
            insertChanges(connection, changes, appliedAt, appliedBy);
        });
    }

    private static void insertAgencies(Connection connection, List<String> codes) throws SQLException {
        if (codes.isEmpty()) {
            return;
        }
        Integer[] orders = new Integer[codes.size()];
        try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(sort_order), 0) FROM agency"); ResultSet row = max.executeQuery()) {
            row.next();
            int next = row.getInt(1) + 1;
            for (int i = 0; i < orders.length; i++) {
                orders[i] = next + i;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agency (code, sort_order) SELECT * FROM unnest(?::text[], ?::int[])")) {
            insert.setArray(1, connection.createArrayOf("text", codes.toArray()));
            insert.setArray(2, connection.createArrayOf("int4", orders));
            insert.executeUpdate();
        }
    }

    private static void updatePeriods(Connection connection, List<RegistryState.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE agency_period p SET valid_to = u.valid_to::date, name = u.name, kind = u.kind, "
                + "parent_code = u.parent FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, valid_to, name, kind, parent) "
                + "WHERE p.id = u.id")) {
            update.setArray(1, connection.createArrayOf("int8", rows.stream().map(RegistryState.Row::id).toArray()));
            update.setArray(2, texts(connection, rows.stream().map(r -> day(r.period().validTo()))));
            update.setArray(3, texts(connection, rows.stream().map(r -> r.period().name())));
            update.setArray(4, texts(connection, rows.stream().map(r -> r.period().kind().name())));
            update.setArray(5, texts(connection, rows.stream().map(r -> r.period().parent())));
            update.executeUpdate();
        }
    }

    private static void insertPeriods(Connection connection, List<RegistryPeriod> periods) throws SQLException {
        if (periods.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agency_period (code, valid_from, valid_to, name, kind, parent_code) "
                + "SELECT code, valid_from::date, valid_to::date, name, kind, parent FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                + "AS u(code, valid_from, valid_to, name, kind, parent)")) {
            insert.setArray(1, texts(connection, periods.stream().map(RegistryPeriod::code)));
            insert.setArray(2, texts(connection, periods.stream().map(p -> day(p.validFrom()))));
            insert.setArray(3, texts(connection, periods.stream().map(p -> day(p.validTo()))));
            insert.setArray(4, texts(connection, periods.stream().map(RegistryPeriod::name)));
            insert.setArray(5, texts(connection, periods.stream().map(p -> p.kind().name())));
            insert.setArray(6, texts(connection, periods.stream().map(RegistryPeriod::parent)));
            insert.executeUpdate();
        }
    }

    private static void insertChanges(Connection connection, List<ChangeRow> changes, OffsetDateTime appliedAt, String appliedBy) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agency_change (type, effective, basis, body, applied_at, applied_by) "
                + "SELECT type, effective::date, basis, body::jsonb, ?::timestamptz, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(type, effective, basis, body)")) {
            insert.setObject(1, appliedAt);
            insert.setString(2, appliedBy);
            insert.setArray(3, texts(connection, changes.stream().map(ChangeRow::type)));
            insert.setArray(4, texts(connection, changes.stream().map(c -> day(c.effective()))));
            insert.setArray(5, texts(connection, changes.stream().map(ChangeRow::basis)));
            insert.setArray(6, texts(connection, changes.stream().map(ChangeRow::body)));
            insert.executeUpdate();
        }
    }

    private static Array texts(Connection connection, Stream<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private Session session() {
        return entities.unwrap(Session.class);
    }
}
