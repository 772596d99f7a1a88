package vn.gov.quangngai.baocao.report.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Administrators' actions on agency systems' clients, oldest first. */
@ApplicationScoped
class AdminEventRepository implements PanacheRepository<AdminEventEntity> {

    public List<AdminEventEntity> forAgency(String agencyCode) {
        return find("agencyCode = ?1 order by id", agencyCode).list();
    }

    /** The client's latest event of {@code action}, if any. */
    public Optional<AdminEventEntity> latest(String clientId, String action) {
        return find("clientId = ?1 and action = ?2 order by id desc", clientId, action).firstResultOptional();
    }
}
