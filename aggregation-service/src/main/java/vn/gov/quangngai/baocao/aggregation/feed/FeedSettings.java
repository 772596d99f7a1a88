package vn.gov.quangngai.baocao.aggregation.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How aggregation-service follows report-service's change feed (prefix {@code baocao.feed}); the
 * defaults are here and nowhere else.
 */
@ConfigMapping(prefix = "baocao.feed")
public interface FeedSettings {

    /** Whether this instance follows the feed at all; module tests, with no report-service to read, turn it off. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often the feed is polled when no nudge comes. Read by the follower's {@code @Scheduled}
     * expression, which takes this default when the property is not set.
     */
    @WithDefault("5s")
    Duration pollInterval();

    /** How many feed entries are read at once. */
    @WithDefault("200")
    int pageSize();

    /** How many submitted versions of a page are fetched from report-service at the same time. */
    @WithDefault("4")
    int fetchParallelism();
}
