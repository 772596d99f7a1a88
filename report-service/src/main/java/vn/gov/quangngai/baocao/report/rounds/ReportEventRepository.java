package vn.gov.quangngai.baocao.report.rounds;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The audit trail, oldest first. */
@ApplicationScoped
class ReportEventRepository implements PanacheRepository<ReportEventEntity> {

    public List<ReportEventEntity> page(long reportId, int page, int size) {
        return find("reportId = ?1 order by id", reportId).page(Page.of(page, size)).list();
    }

    public long countFor(long reportId) {
        return count("reportId", reportId);
    }
}
