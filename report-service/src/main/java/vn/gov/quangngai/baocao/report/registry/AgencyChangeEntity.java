package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A change to the registry as it was applied (table {@code agency_change}): never updated, never deleted. */
@Entity
@Table(name = "agency_change")
class AgencyChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The entry's key in a shipped change set, so that applying the set again changes nothing; null for changes made through the API. */
    @Column(name = "change_key")
    public String changeKey;

    public String type;

    public LocalDate effective;

    public String basis;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode body;

    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;

    @Column(name = "applied_by")
    public String appliedBy;
}
