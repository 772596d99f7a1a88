package vn.gov.quangngai.baocao.report.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agency registry: codes, their periods and the links from predecessors to successors. Lists
 * come in the registry's order (sort order, then code).
 */
@ApplicationScoped
class AgencyRepository implements PanacheRepositoryBase<AgencyEntity, String> {

    private static final String COVERS = "(p.validFrom is null or p.validFrom <= :day) and (p.validTo is null or p.validTo > :day)";

    /** Every code ever in the registry. */
    public Set<String> codes() {
        return new HashSet<>(getEntityManager().createQuery("select a.code from AgencyEntity a", String.class).getResultList());
    }

    public int nextSortOrder() {
        Integer max = getEntityManager().createQuery("select max(a.sortOrder) from AgencyEntity a", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The periods in force on {@code day}, one per agency, in the registry's order. */
    public List<AgencyPeriodEntity> asOf(LocalDate day, int page, int size) {
        return getEntityManager().createQuery("select p from AgencyPeriodEntity p, AgencyEntity a where a.code = p.code and " + COVERS
                        + " order by a.sortOrder, a.code", AgencyPeriodEntity.class)
                .setParameter("day", day).setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
    }

    public long countAsOf(LocalDate day) {
        return getEntityManager().createQuery("select count(p) from AgencyPeriodEntity p where " + COVERS, Long.class)
                .setParameter("day", day).getSingleResult();
    }

    /** The period of {@code code} in force on {@code day}. */
    public Optional<AgencyPeriodEntity> periodOn(String code, LocalDate day) {
        return getEntityManager().createQuery("select p from AgencyPeriodEntity p where p.code = :code and " + COVERS, AgencyPeriodEntity.class)
                .setParameter("code", code).setParameter("day", day).getResultStream().findFirst();
    }

    /** The periods in force on {@code day} of the given codes, by code. */
    public Map<String, AgencyPeriodEntity> periodsOn(List<String> codes, LocalDate day) {
        Map<String, AgencyPeriodEntity> periods = new HashMap<>();
        if (!codes.isEmpty()) {
            getEntityManager().createQuery("select p from AgencyPeriodEntity p where p.code in :codes and " + COVERS, AgencyPeriodEntity.class)
                    .setParameter("codes", codes).setParameter("day", day).getResultList().forEach(p -> periods.put(p.code, p));
        }
        return periods;
    }

    /** Every period of {@code code}, oldest first (an open start first). */
    public List<AgencyPeriodEntity> periods(String code) {
        return getEntityManager().createQuery("select p from AgencyPeriodEntity p where p.code = :code order by p.validFrom asc nulls first",
                AgencyPeriodEntity.class).setParameter("code", code).getResultList();
    }

    /** Every period of the given codes, by code, each code's oldest first. */
    public List<AgencyPeriodEntity> periodsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select p from AgencyPeriodEntity p where p.code in :codes order by p.code, p.validFrom asc nulls first",
                AgencyPeriodEntity.class).setParameter("codes", codes).getResultList();
    }

    /** Every period of every agency, by code, each code's oldest first. */
    public List<AgencyPeriodEntity> allPeriods() {
        return getEntityManager().createQuery("select p from AgencyPeriodEntity p order by p.code, p.validFrom asc nulls first",
                AgencyPeriodEntity.class).getResultList();
    }

    public void persistPeriod(AgencyPeriodEntity period) {
        getEntityManager().persist(period);
    }

    public void persistChange(AgencyChangeEntity change) {
        getEntityManager().persist(change);
    }

    public void persistLink(AgencyLinkEntity link) {
        getEntityManager().persist(link);
    }

    /** The changes that took effect on {@code day}, the last recorded first. */
    public List<AgencyChangeEntity> changesOn(LocalDate day) {
        return getEntityManager().createQuery("select c from AgencyChangeEntity c where c.effective = :day order by c.id desc", AgencyChangeEntity.class)
                .setParameter("day", day).getResultList();
    }

    public boolean changeApplied(String key) {
        return !getEntityManager().createQuery("select c.id from AgencyChangeEntity c where c.changeKey = :key", Long.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
    }

    /** The agencies that directly took over from {@code code}. */
    public List<String> successors(String code) {
        return getEntityManager().createQuery("select l.successor from AgencyLinkEntity l where l.predecessor = :code order by l.successor", String.class)
                .setParameter("code", code).getResultList();
    }

    /** The agencies {@code code} directly took over from. */
    public List<String> predecessors(String code) {
        return getEntityManager().createQuery("select l.predecessor from AgencyLinkEntity l where l.successor = :code order by l.predecessor", String.class)
                .setParameter("code", code).getResultList();
    }

    /** Every agency {@code code} took over from, directly or through others, nearest first. */
    public Set<String> allPredecessors(String code) {
        return lineage(code, "successor", "predecessor");
    }

    /** Every agency that took over from {@code code}, directly or through others, nearest first. */
    public Set<String> allSuccessors(String code) {
        return lineage(code, "predecessor", "successor");
    }

    /**
     * The agencies reached from {@code start} along {@code agency_link} from column {@code from} to
     * column {@code to}, in one statement. Each comes once, at its shortest distance; among those at
     * the same distance the order is that of a breadth-first walk taking each agency's links by code
     * (the path compared code by code), so that a round's hint names the nearest successors first.
     * The path also stops a cycle, should the registry ever record one. Lineages are short (a
     * commune merged a few times in decades), so following every path is cheap.
     */
    private Set<String> lineage(String start, String from, String to) {
        String sql = """
                WITH RECURSIVE lineage (code, depth, path) AS (
                    SELECT l.%2$s, 1, ARRAY[CAST(:start AS varchar), l.%2$s]
                    FROM agency_link l WHERE l.%1$s = :start AND l.%2$s <> :start
                  UNION ALL
                    SELECT l.%2$s, lineage.depth + 1, lineage.path || l.%2$s
                    FROM lineage JOIN agency_link l ON l.%1$s = lineage.code
                    WHERE l.%2$s <> ALL (lineage.path)
                )
                SELECT code FROM (SELECT DISTINCT ON (code) code, depth, path FROM lineage ORDER BY code, depth, path) nearest
                ORDER BY depth, path
                """.formatted(from, to);
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager().createNativeQuery(sql, String.class).setParameter("start", start).getResultList();
        return new LinkedHashSet<>(codes);
    }

    /** A round expecting an agency, with the last day of its period. */
    public record ExpectingRound(String agency, String round, LocalDate periodEnd) {
    }

    /** For each of {@code codes} that a round expects, the round with the latest period end. */
    public Map<String, ExpectingRound> latestRoundExpecting(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<ExpectingRound> rounds = getEntityManager().createQuery("select new " + ExpectingRound.class.getName()
                        + "(r.agency.code, r.round.code, r.round.asOf) from ReportEntity r where r.agency.code in :codes order by r.round.asOf desc",
                        ExpectingRound.class)
                .setParameter("codes", codes).getResultList();
        Map<String, ExpectingRound> latest = new LinkedHashMap<>();
        rounds.forEach(round -> latest.putIfAbsent(round.agency(), round));
        return latest;
    }
}
