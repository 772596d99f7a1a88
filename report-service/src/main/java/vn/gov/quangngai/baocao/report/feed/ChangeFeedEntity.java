package vn.gov.quangngai.baocao.report.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One item of the change feed (table {@code change_feed}). */
@Entity
@Immutable
@Table(name = "change_feed")
class ChangeFeedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "round_code")
    public String roundCode;

    @Column(name = "agency_code")
    public String agencyCode;

    public Integer version;
    public String status;
    public OffsetDateTime at;
}
