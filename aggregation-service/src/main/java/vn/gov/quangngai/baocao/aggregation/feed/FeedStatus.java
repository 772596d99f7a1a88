package vn.gov.quangngai.baocao.aggregation.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** How the last attempts to follow the feed went, for the readiness check. */
@ApplicationScoped
public class FeedStatus {

    private volatile Instant lastCaughtUp;
    private volatile Instant failingSince;
    private volatile String lastError;
    private volatile int itemsBehind;
    private volatile Instant oldestPendingAt;

    /** A page was read and is being taken in: this much is behind until it commits. */
    void reading(int items, Instant oldestItemAt) {
        itemsBehind = items;
        oldestPendingAt = oldestItemAt;
    }

    void caughtUp() {
        lastCaughtUp = Instant.now();
        itemsBehind = 0;
        oldestPendingAt = null;
        failingSince = null;
        lastError = null;
    }

    void failed(RuntimeException error) {
        if (failingSince == null) {
            failingSince = Instant.now();
        }
        lastError = error.getClass().getSimpleName();
    }

    public Instant lastCaughtUp() {
        return lastCaughtUp;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public String lastError() {
        return lastError;
    }

    /** Items read from the feed but not yet taken in (0 when caught up; a lower bound while failing). */
    public int itemsBehind() {
        return itemsBehind;
    }

    /** Seconds since the oldest change not yet taken in happened (0 when caught up). */
    public long secondsBehind() {
        Instant since = oldestPendingAt != null ? oldestPendingAt : failingSince;
        return since == null ? 0 : Math.max(0, Duration.between(since, Instant.now()).toSeconds());
    }

}
