package vn.gov.quangngai.baocao.report.rounds;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rounds by code, newest first in lists. */
@ApplicationScoped
class RoundRepository implements PanacheRepository<RoundEntity> {

    public Optional<RoundEntity> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<RoundEntity> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private static final String EXPECTS = "exists (select 1 from ReportEntity p where p.round = r and p.agency.code = :agency)";

    /** Rounds visible to everyone who may see all rounds; {@code status} OPEN or CLOSED, or null for both. */
    public List<RoundEntity> pageAll(String status, int page, int size) {
        return find("select r from RoundEntity r" + where(status, null) + " order by r.createdAt desc, r.id desc", parameters(status, null))
                .page(Page.of(page, size)).list();
    }

    public long countAll(String status) {
        return count("select count(r) from RoundEntity r" + where(status, null), parameters(status, null));
    }

    /** Rounds an agency is expected in. */
    public List<RoundEntity> pageForAgency(String agencyCode, String status, int page, int size) {
        return find("select r from RoundEntity r" + where(status, agencyCode) + " order by r.createdAt desc, r.id desc", parameters(status, agencyCode))
                .page(Page.of(page, size)).list();
    }

    public long countForAgency(String agencyCode, String status) {
        return count("select count(r) from RoundEntity r" + where(status, agencyCode), parameters(status, agencyCode));
    }

    private static String where(String status, String agency) {
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("r.status = :status");
        }
        if (agency != null) {
            conditions.add(EXPECTS);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Parameters parameters(String status, String agency) {
        Parameters parameters = new Parameters();
        if (status != null) {
            parameters.and("status", status);
        }
        if (agency != null) {
            parameters.and("agency", agency);
        }
        return parameters;
    }
}
