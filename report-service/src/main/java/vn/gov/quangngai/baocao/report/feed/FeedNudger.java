package vn.gov.quangngai.baocao.report.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * After a change to the feed commits, tells aggregation-service to read the feed now, off the
 * request thread. Only a shortcut: aggregation-service also polls, so a lost nudge loses nothing.
 * Nudges that arrive while one is in flight are folded into one more.
 */
@ApplicationScoped
public class FeedNudger {

    private static final Logger LOG = Logger.getLogger(FeedNudger.class);

    private final AggregationNudgeClient aggregation;
    private final ManagedExecutor executor;
    private final boolean enabled;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile boolean pending;

    public FeedNudger(@RestClient AggregationNudgeClient aggregation, ManagedExecutor executor,
                      @ConfigProperty(name = "baocao.nudge.enabled", defaultValue = "true") boolean enabled) {
        this.aggregation = aggregation;
        this.executor = executor;
        this.enabled = enabled;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedChanged change) {
        if (!enabled) {
            return;
        }
        pending = true;
        if (inFlight.compareAndSet(false, true)) {
            executor.execute(this::sendWhilePending);
        }
    }

    private void sendWhilePending() {
        try {
            while (pending) {
                pending = false;
                try {
                    aggregation.nudge();
                } catch (RuntimeException e) {
                    LOG.debugf("aggregation-service not nudged (%s); it will find the change when it next polls", e.getMessage());
                    return;
                }
            }
        } finally {
            inFlight.set(false);
            if (pending && inFlight.compareAndSet(false, true)) {
                executor.execute(this::sendWhilePending);
            }
        }
    }
}
