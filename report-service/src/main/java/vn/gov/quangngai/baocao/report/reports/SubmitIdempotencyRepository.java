package vn.gov.quangngai.baocao.report.reports;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Idempotency keys of submissions, per report. */
@ApplicationScoped
class SubmitIdempotencyRepository implements PanacheRepositoryBase<SubmitIdempotencyEntity, SubmitIdempotencyEntity.Key> {

    public Optional<SubmitIdempotencyEntity> find(long reportId, String key) {
        return find("reportId = ?1 and idempotencyKey = ?2", reportId, key).firstResultOptional();
    }

    /** Forgets the keys stored before {@code cutoff}; answers how many. */
    public long deleteOlderThan(OffsetDateTime cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
