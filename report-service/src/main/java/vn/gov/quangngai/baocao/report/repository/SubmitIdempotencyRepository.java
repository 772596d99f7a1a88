package vn.gov.quangngai.baocao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Idempotency keys of submits, per report. */
@ApplicationScoped
public class SubmitIdempotencyRepository implements PanacheRepositoryBase<SubmitIdempotencyEntity, SubmitIdempotencyEntity.Key> {

    public Optional<SubmitIdempotencyEntity> find(long reportId, String key) {
        return find("reportId = ?1 and idempotencyKey = ?2", reportId, key).firstResultOptional();
    }
}
