package vn.gov.quangngai.baocao.report.reports;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.shared.Times;

/**
 * Deletes Idempotency-Key records older than the retention period ({@code baocao.idempotency.retention}).
 * Several instances may run it at once: it is one idempotent DELETE.
 */
@ApplicationScoped
public class IdempotencyKeyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyCleanup.class);

    private final SubmitIdempotencyRepository keys;
    private final Duration retention;

    public IdempotencyKeyCleanup(SubmitIdempotencyRepository keys,
                                 @ConfigProperty(name = "baocao.idempotency.retention") Duration retention) {
        this.keys = keys;
        this.retention = retention;
    }

    @Scheduled(every = "${baocao.idempotency.cleanup-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        deleteExpired();
    }

    /** Deletes the expired keys now; answers how many. */
    @Transactional
    public long deleteExpired() {
        long deleted = keys.deleteOlderThan(Times.now().minus(retention));
        if (deleted > 0) {
            LOG.infof("Deleted %d Idempotency-Key record(s) older than %s", deleted, retention);
        }
        return deleted;
    }
}
