package vn.gov.quangngai.baocao.report.reports;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The frozen versions of reports. */
@ApplicationScoped
class ReportVersionRepository implements PanacheRepositoryBase<ReportVersionEntity, ReportVersionEntity.Key> {

    public Optional<ReportVersionEntity> find(long reportId, int version) {
        return find("reportId = ?1 and version = ?2", reportId, version).firstResultOptional();
    }
}
