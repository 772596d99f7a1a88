package vn.gov.quangngai.baocao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Administrators' actions on agency systems' clients, oldest first. */
@ApplicationScoped
public class AdminEventRepository implements PanacheRepository<AdminEventEntity> {

    public List<AdminEventEntity> forAgency(String agencyCode) {
        return find("agencyCode = ?1 order by id", agencyCode).list();
    }
}
