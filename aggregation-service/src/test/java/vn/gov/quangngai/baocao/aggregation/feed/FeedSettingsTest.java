package vn.gov.quangngai.baocao.aggregation.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/**
 * The feed settings come from {@link FeedSettings}'s defaults alone (application.properties sets
 * none but the test profile's {@code enabled}), also for the poll's {@code @Scheduled} expression.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FeedSettingsTest {

    @Inject
    FeedSettings settings;

    @Inject
    Config config;

    @Test
    void theDefaultsAreTheMappingsOwn() {
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.pageSize()).isEqualTo(200);
        assertThat(settings.fetchParallelism()).isEqualTo(4);
        assertThat(settings.enabled()).as("the test profile turns the follower off").isFalse();
    }

    @Test
    void thePollsScheduleReadsTheMappingsDefault() {
        assertThat(config.getValue("baocao.feed.poll-interval", String.class)).isEqualTo("5s");
    }
}
