package vn.gov.quangngai.baocao.report.rounds;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import vn.gov.quangngai.baocao.report.shared.Template;

/** A reporting round (table {@code round}). */
@Entity
@Table(name = "round")
public class RoundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String title;

    @Column(name = "request_number")
    public String requestNumber;

    @Column(name = "request_date")
    public LocalDate requestDate;

    @Column(name = "request_issuer")
    public String requestIssuer;

    @Column(name = "period_kind")
    public String periodKind;

    @Column(name = "period_year")
    public int periodYear;

    @Column(name = "period_index")
    public Integer periodIndex;

    public OffsetDateTime deadline;
    public String status;

    /**
     * Fixed when the round opens (a record), so Hibernate keeps no JSON copy of it to compare.
     * Loaded on first use only: most requests need the round's code and status, and those that
     * check a report against the template read it through {@code RoundTemplates}.
     */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Template template;

    @Column(name = "template_code")
    public String templateCode;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The last day of the round's period: the registry as it stood then says whom the round expects and what they were called. */
    @Column(name = "as_of")
    public LocalDate asOf;

    public boolean isClosed() {
        return "CLOSED".equals(status);
    }
}
