package vn.gov.quangngai.baocao.report.rounds;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.EntityTag;
import java.time.OffsetDateTime;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import vn.gov.quangngai.baocao.report.registry.AgencyEntity;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;

/**
 * One agency's report in one round (table {@code report}): its status, current draft and counters.
 * Updates write only the columns that changed, so a status change does not rewrite the draft.
 */
@Entity
@DynamicUpdate
@Table(name = "report")
public class ReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public RoundEntity round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_code")
    public AgencyEntity agency;

    /** The agency's name, kind and parent in the round's period, kept with the round whatever the registry says later. */
    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "agency_kind")
    public String agencyKind;

    @Column(name = "agency_parent")
    public String agencyParent;

    /** The agency's place in the round's list: the order summaries compile it in. */
    public int position;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    /**
     * Replaced, never changed in place (a record), so Hibernate keeps no JSON copy of it to compare.
     * Loaded on first use only: saving a draft replaces it unread, and status lists never read it.
     */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ReportContent draft;

    /** Bumped on every change: the ETag. */
    public int revision;

    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "last_submitted_at")
    public OffsetDateTime lastSubmittedAt;

    public boolean late;

    @Column(name = "return_reason")
    public String returnReason;

    /** Set when SNV reopens the closed round for this agency: submissions allowed until then (null: no end). */
    @Column(name = "reopened_until")
    public OffsetDateTime reopenedUntil;

    public boolean reopened;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Changes with every change of the report: its draft, status or counters. */
    public EntityTag entityTag() {
        return new EntityTag(id + "-" + revision);
    }

    /** The entity tag as the ETag header writes it. */
    public String etag() {
        return entityTag().toString();
    }
}
