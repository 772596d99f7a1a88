package vn.gov.quangngai.baocao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The agency registry, in its stable order (the registry's sort order, then code). */
@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<AgencyEntity, String> {

    private static final Sort REGISTRY_ORDER = Sort.by("sortOrder").and("code");

    /** Every code in the registry. */
    public java.util.Set<String> codes() {
        return new java.util.HashSet<>(getEntityManager().createQuery("select a.code from AgencyEntity a", String.class).getResultList());
    }

    public int nextSortOrder() {
        Integer max = getEntityManager().createQuery("select max(a.sortOrder) from AgencyEntity a", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<AgencyEntity> page(int page, int size) {
        return findAll(REGISTRY_ORDER).page(Page.of(page, size)).list();
    }
}
