package vn.gov.quangngai.baocao.aggregation.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.gov.quangngai.baocao.aggregation.feed.FeedStatus;
import vn.gov.quangngai.baocao.aggregation.repository.FeedStore;

/**
 * Readiness shows how far behind report-service's feed the summaries are (items and seconds). It
 * stays UP while behind: summaries can still be served, and say when they were generated. It is
 * DOWN while the database cannot be reached.
 */
@Readiness
@ApplicationScoped
public class FeedLagCheck implements HealthCheck {

    private final FeedStatus status;
    private final FeedStore store;

    public FeedLagCheck(FeedStatus status, FeedStore store) {
        this.status = status;
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        long cursor;
        try {
            cursor = store.cursor();
        } catch (RuntimeException unreachable) {
            // without its database the service can serve nothing: not ready
            return HealthCheckResponse.named("report-service change feed").down().withData("error", "database unreachable").build();
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("report-service change feed").up()
                .withData("cursor", cursor)
                .withData("itemsBehind", status.itemsBehind())
                .withData("secondsBehind", status.secondsBehind());
        if (status.lastCaughtUp() != null) {
            response.withData("lastCaughtUp", status.lastCaughtUp().toString());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response.build();
    }
}
