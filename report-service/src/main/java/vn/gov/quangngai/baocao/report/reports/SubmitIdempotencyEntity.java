package vn.gov.quangngai.baocao.report.reports;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The first answer to a submission with an {@code Idempotency-Key}, bound to what it acknowledged (table {@code submit_idempotency}). */
@Entity
@IdClass(SubmitIdempotencyEntity.Key.class)
@Table(name = "submit_idempotency")
class SubmitIdempotencyEntity {

    @Id
    @Column(name = "report_id")
    public Long reportId;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** What the acknowledged request acted on: {@code submit:<draft ETag>} or {@code body:<SHA-256>}; empty for keys stored before fingerprints. */
    public String fingerprint;

    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode response;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The composite key: report and idempotency key. */
    public static class Key implements Serializable {
        public Long reportId;
        public String idempotencyKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(reportId, key.reportId)
                    && Objects.equals(idempotencyKey, key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, idempotencyKey);
        }
    }
}
