package vn.gov.quangngai.baocao.report.rounds;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Agencies' reports; changes go through a row lock so that concurrent writers see each other. */
@ApplicationScoped
class ReportRepository implements PanacheRepository<ReportEntity> {

    public Optional<ReportEntity> find(RoundEntity round, String agencyCode) {
        return find("round = ?1 and agency.code = ?2", round, agencyCode).firstResultOptional();
    }

    /** The report, locked until the transaction ends: the second of two concurrent writers waits, then sees the first's change. */
    public Optional<ReportEntity> findForUpdate(RoundEntity round, String agencyCode) {
        return find("round = ?1 and agency.code = ?2", round, agencyCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A plain query rather than Panache's count, whose count query Hibernate translates again on every call. */
    public boolean isExpected(RoundEntity round, String agencyCode) {
        return !getEntityManager()
                .createQuery("select p.id from ReportEntity p where p.round = :round and p.agency.code = :agency", Long.class)
                .setParameter("round", round).setParameter("agency", agencyCode).setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether any of the agencies is expected in the round. */
    public boolean isAnyExpected(RoundEntity round, Collection<String> agencyCodes) {
        return !getEntityManager()
                .createQuery("select p.id from ReportEntity p where p.round = :round and p.agency.code in :agencies", Long.class)
                .setParameter("round", round).setParameter("agencies", agencyCodes).setMaxResults(1).getResultList().isEmpty();
    }

    /** The round's expected agencies in its order, with the names, kinds and parents they had in its period. */
    public List<ReportEntity> expected(RoundEntity round) {
        return getEntityManager().createQuery("select p from ReportEntity p where p.round = :round order by p.position", ReportEntity.class)
                .setParameter("round", round).getResultList();
    }

    public List<String> agencyCodes(RoundEntity round) {
        return getEntityManager()
                .createQuery("select p.agency.code from ReportEntity p where p.round = :round order by p.position", String.class)
                .setParameter("round", round).getResultList();
    }
}
