package vn.gov.quangngai.baocao.aggregation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Frozen summaries: written once, read back exactly as written. */
@ApplicationScoped
public class SnapshotRepository {

    private final DataSource dataSource;
    private final ObjectMapper json;

    public SnapshotRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public void insert(UUID id, String round, String basis, OffsetDateTime takenAt, JsonNode takenBy, JsonNode body) {
        Jdbc.update(dataSource, "INSERT INTO snapshot (id, round_code, basis, taken_at, taken_by, body) VALUES (?, ?, ?, ?, ?, ?)",
                id, round, basis, takenAt, new Jdbc.Json(takenBy.toString()), new Jdbc.Json(body.toString()));
    }

    public Optional<JsonNode> find(String round, UUID id) {
        return Jdbc.query(dataSource, "SELECT body::text FROM snapshot WHERE round_code = ? AND id = ?", row -> parse(row.getString(1)), round, id)
                .stream().findFirst();
    }

    /** A snapshot's line in a list: what it is, not what it holds. */
    public record Entry(UUID id, OffsetDateTime takenAt, JsonNode takenBy, String basis) {
    }

    /** The round's snapshots, newest first. */
    public List<Entry> page(String round, int offset, int limit) {
        return Jdbc.query(dataSource, "SELECT id, taken_at, taken_by::text, basis FROM snapshot WHERE round_code = ? ORDER BY taken_at DESC, id LIMIT ? OFFSET ?",
                row -> new Entry(row.getObject(1, UUID.class), row.getObject(2, OffsetDateTime.class), parse(row.getString(3)), row.getString(4)),
                round, limit, offset);
    }

    public long count(String round) {
        return Jdbc.query(dataSource, "SELECT count(*) FROM snapshot WHERE round_code = ?", row -> row.getLong(1), round).get(0);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot", e);
        }
    }
}
