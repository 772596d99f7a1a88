package vn.gov.quangngai.baocao.aggregation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
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

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot", e);
        }
    }
}
