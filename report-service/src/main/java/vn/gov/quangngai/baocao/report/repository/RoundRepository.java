package vn.gov.quangngai.baocao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Rounds by code, newest first in lists. */
@ApplicationScoped
public class RoundRepository implements PanacheRepository<RoundEntity> {

    public Optional<RoundEntity> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<RoundEntity> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Rounds visible to everyone who may see all rounds. */
    public List<RoundEntity> pageAll(int page, int size) {
        return find("order by createdAt desc, id desc").page(Page.of(page, size)).list();
    }

    /** Rounds an agency is expected in. */
    public List<RoundEntity> pageForAgency(String agencyCode, int page, int size) {
        return find("select r from RoundEntity r where exists (select 1 from ReportEntity p where p.round = r and p.agency.code = ?1) "
                + "order by r.createdAt desc, r.id desc", agencyCode).page(Page.of(page, size)).list();
    }

    public long countForAgency(String agencyCode) {
        return count("select count(r) from RoundEntity r where exists (select 1 from ReportEntity p where p.round = r and p.agency.code = ?1)", agencyCode);
    }
}
