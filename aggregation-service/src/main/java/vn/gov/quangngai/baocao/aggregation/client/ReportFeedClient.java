package vn.gov.quangngai.baocao.aggregation.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * report-service as the feed follower calls it: each call with a timeout, a few retries with
 * back-off, and a circuit breaker so that a report-service that is down is not hammered. A call
 * that still fails throws, and the follower keeps its cursor: no item is ever skipped.
 */
@ApplicationScoped
public class ReportFeedClient {

    private static final int PAGE = 500;

    private final ReportServiceApi api;

    public ReportFeedClient(@RestClient ReportServiceApi api) {
        this.api = api;
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, maxDuration = 30, durationUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public FeedDtos.ChangePage changes(long after, int limit) {
        return api.changes(after, limit);
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, maxDuration = 30, durationUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public FeedDtos.Round round(String round) {
        return api.round(round);
    }

    /** Every expected agency's row of the round (all pages). */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, maxDuration = 60, durationUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public List<FeedDtos.ReportRow> reports(String round) {
        List<FeedDtos.ReportRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            FeedDtos.ReportRowPage answer = api.reports(round, page, PAGE);
            rows.addAll(answer.items());
            if (rows.size() >= answer.total() || answer.items().isEmpty()) {
                return rows;
            }
        }
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, maxDuration = 30, durationUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public FeedDtos.Version version(String round, String agency, int version) {
        return api.version(round, agency, version);
    }
}
