package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One administrator's action on an agency system's client (table {@code admin_event}); append-only, never a secret. */
@Entity
@Immutable
@Table(name = "admin_event")
class AdminEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public OffsetDateTime at;
    public String action;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_username")
    public String actorUsername;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "client_id")
    public String clientId;
}
