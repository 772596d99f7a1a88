package vn.gov.quangngai.baocao.report.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.support.caller.Actor;

/** A submitted version, frozen (table {@code report_version}). */
@Entity
@Immutable
@IdClass(ReportVersionEntity.Key.class)
@Table(name = "report_version")
class ReportVersionEntity {

    @Id
    @Column(name = "report_id")
    public Long reportId;

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ReportContent content;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Actor submittedBy;

    public boolean late;

    /** The composite key: report and version number. */
    public static class Key implements Serializable {
        public Long reportId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(reportId, key.reportId) && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, version);
        }
    }
}
