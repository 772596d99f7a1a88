package vn.gov.quangngai.baocao.aggregation.feed;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gov.quangngai.baocao.aggregation.client.FeedDtos;
import vn.gov.quangngai.baocao.aggregation.client.ReportFeedClient;

/**
 * Fetches the versions that a page of the feed says were submitted, several at a time: under load
 * each fetch waits its turn in report-service, and fetched one after another the follower fell
 * behind the submits (docs/benchmarks.md). It only reads; the follower stores what it gets in its
 * own transaction, and a fetch that fails fails the whole page.
 */
@ApplicationScoped
public class SubmittedVersions {

    private final ReportFeedClient reportService;
    private final ExecutorService fetchers;

    public SubmittedVersions(ReportFeedClient reportService, FeedSettings settings) {
        this.reportService = reportService;
        int parallelism = settings.fetchParallelism();
        AtomicInteger number = new AtomicInteger();
        this.fetchers = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "feed-fetch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The submitted versions named on the page, by feed seq. */
    public Map<Long, FeedDtos.Version> fetch(List<FeedDtos.Change> changes) {
        Map<Long, Future<FeedDtos.Version>> pending = new LinkedHashMap<>();
        for (FeedDtos.Change change : changes) {
            if (change.agency() != null && "SUBMITTED".equals(change.status())) {
                int version = change.version() == null ? 0 : change.version();
                pending.put(change.seq(), fetchers.submit(() -> reportService.version(change.round(), change.agency(), version)));
            }
        }
        Map<Long, FeedDtos.Version> versions = new HashMap<>();
        try {
            for (Map.Entry<Long, Future<FeedDtos.Version>> fetch : pending.entrySet()) {
                versions.put(fetch.getKey(), fetch.getValue().get());
            }
            return versions;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching submitted versions", e);
        } finally {
            pending.values().forEach(fetch -> fetch.cancel(true));
        }
    }

    @PreDestroy
    void stop() {
        fetchers.shutdownNow();
    }
}
