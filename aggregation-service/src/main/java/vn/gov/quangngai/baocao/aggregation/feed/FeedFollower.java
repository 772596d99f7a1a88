package vn.gov.quangngai.baocao.aggregation.feed;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.aggregation.repository.FeedStore;

/**
 * Follows report-service's change feed: polls on a schedule and runs at once when nudged, reads
 * pages until caught up, and backs off (up to a minute) while report-service cannot be read.
 * One run at a time in this instance; across instances, one follows at a time (the follower's
 * lease), and a nudge that reaches an instance while another follows is tried again shortly, so
 * that it is not lost in the moment the other instance finishes.
 */
@ApplicationScoped
public class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final long NUDGE_RETRY_MILLIS = 250;
    /** A nudge waits at most this many retries (10 s) for another instance to finish following. */
    private static final int NUDGE_RETRIES = 40;

    private final FeedIngest ingest;
    private final FeedStore store;
    private final FeedStatus status;
    private final ManagedExecutor executor;
    private final boolean enabled;
    private final int pageSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger nudgeRetries = new AtomicInteger();
    private volatile boolean again;
    private volatile boolean nudged;
    private volatile Instant nextAttempt = Instant.EPOCH;
    private volatile int failures;

    public FeedFollower(FeedIngest ingest, FeedStore store, FeedStatus status, ManagedExecutor executor, FeedSettings settings) {
        this.ingest = ingest;
        this.store = store;
        this.status = status;
        this.executor = executor;
        this.enabled = settings.enabled();
        this.pageSize = settings.pageSize();
    }

    /** Catches up at once on start: whatever happened while this instance was down is in the feed. */
    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            executor.execute(this::follow);
        }
    }

    /** Every {@link FeedSettings#pollInterval()}; the expression takes the mapping's default when the property is not set. */
    @Scheduled(every = "${baocao.feed.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (enabled && Instant.now().isAfter(nextAttempt)) {
            follow();
        }
    }

    /** report-service says the feed has news: read it now, off the caller's thread. */
    public void nudge() {
        if (!enabled) {
            return;
        }
        nudged = true;
        again = true;
        nudgeRetries.set(0);
        if (!running.get()) {
            executor.execute(this::follow);
        }
    }

    /** Reads until caught up; a nudge that arrives meanwhile makes one more pass. */
    void follow() {
        if (!running.compareAndSet(false, true)) {
            again = true;
            return;
        }
        boolean followedElsewhere = false;
        try {
            do {
                again = false;
                followedElsewhere = !catchUp();
            } while (again && failures == 0 && !followedElsewhere);
        } finally {
            running.set(false);
        }
        if (followedElsewhere && nudged && nudgeRetries.incrementAndGet() <= NUDGE_RETRIES) {
            CompletableFuture.runAsync(this::follow, CompletableFuture.delayedExecutor(NUDGE_RETRY_MILLIS, TimeUnit.MILLISECONDS, executor));
        } else if (!followedElsewhere) {
            nudged = false;
        }
    }

    /** One pass until caught up; false when another instance holds the lease (and so follows the feed now). */
    private boolean catchUp() {
        try {
            Optional<FeedStore.FollowerLease> lease = store.followerLease();
            if (lease.isEmpty()) {
                status.caughtUp();
                return false;
            }
            try (FeedStore.FollowerLease held = lease.get()) {
                FeedIngest.PageResult page;
                do {
                    page = ingest.nextPage(pageSize);
                } while (page.more());
            }
            if (failures > 0) {
                LOG.infof("Following report-service's feed again after %d failed attempt(s)", failures);
            }
            failures = 0;
            nextAttempt = Instant.EPOCH;
            status.caughtUp();
        } catch (RuntimeException e) {
            failures++;
            Duration backoff = Duration.ofSeconds(Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(failures, 6)));
            nextAttempt = Instant.now().plus(backoff);
            status.failed(e);
            LOG.warnf("Cannot read report-service's feed (attempt %d: %s); next try in %ds, the cursor stays where it is",
                    failures, rootMessage(e), backoff.toSeconds());
        }
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
