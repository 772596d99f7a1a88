package vn.gov.quangngai.baocao.aggregation.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.aggregation.client.FeedDtos;
import vn.gov.quangngai.baocao.aggregation.client.ReportFeedClient;
import vn.gov.quangngai.baocao.aggregation.repository.FeedStore;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/**
 * The follower reads report-service with no transaction open, stores a page only from the cursor
 * it read it after, and follows alone: what lets two instances share one database.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FeedLockingTest {

    @Inject
    FeedIngest ingest;

    @Inject
    FeedStore store;

    @Inject
    DataSource database;

    private SlowReportService reportService;

    /** report-service whose first version fetch waits until the test lets it go on. */
    static final class SlowReportService extends FakeReportService {
        final CountDownLatch fetching = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);
        private boolean held;

        @Override
        public FeedDtos.Version version(String round, String agency, int version) {
            boolean first;
            synchronized (this) {
                first = !held;
                held = true;
            }
            if (first) {
                fetching.countDown();
                try {
                    goOn.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.version(round, agency, version);
        }
    }

    @BeforeEach
    void slowReportService() {
        reportService = new SlowReportService();
        QuarkusMock.installMockForType(reportService, ReportFeedClient.class);
        QuarkusTransaction.requiringNew().run(() -> store.advanceCursor(0, OffsetDateTime.now()));
    }

    private String roundWithTwoSubmissions() {
        String round = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, String> agencies = new LinkedHashMap<>();
        agencies.put("BDT", "Ban Dân tộc");
        agencies.put("STC", "Sở Tài chính");
        reportService.openRound(round, OffsetDateTime.parse("2021-11-15T23:59:59+07:00"), agencies);
        reportService.submit(round, "BDT", 1, false, false, Map.of("II.6.models", 1), Map.of());
        reportService.submit(round, "STC", 1, false, false, Map.of("II.6.models", 2), Map.of());
        return round;
    }

    @Test
    void noRowIsLockedWhileReportServiceIsRead() throws Exception {
        roundWithTwoSubmissions();
        CompletableFuture<FeedIngest.PageResult> page = CompletableFuture.supplyAsync(() -> ingest.nextPage(10));
        assertThat(reportService.fetching.await(10, TimeUnit.SECONDS)).isTrue();

        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                 ResultSet cursor = statement.executeQuery("SELECT last_seq FROM feed_cursor WHERE id = 1 FOR UPDATE NOWAIT")) {
                assertThat(cursor.next()).as("the cursor row is free while a version is fetched").isTrue();
                assertThat(cursor.getLong(1)).isZero();
            }
            connection.rollback();
        }
        reportService.goOn.countDown();
        assertThat(page.get(10, TimeUnit.SECONDS).items()).isEqualTo(3);
        assertThat(store.cursor()).isEqualTo(3);
    }

    @Test
    void aPageReadWhileAnotherInstanceMovedTheCursorIsDroppedNotStoredTwice() throws Exception {
        String round = roundWithTwoSubmissions();
        CompletableFuture<FeedIngest.PageResult> slow = CompletableFuture.supplyAsync(() -> ingest.nextPage(10));
        assertThat(reportService.fetching.await(10, TimeUnit.SECONDS)).isTrue();

        FeedIngest.PageResult other = ingest.nextPage(10); // another instance, reading and storing the same page first
        reportService.change(round, "STC", 1, "RETURNED");
        reportService.goOn.countDown();

        assertThat(other.items()).isEqualTo(3);
        FeedIngest.PageResult dropped = slow.get(10, TimeUnit.SECONDS);
        assertThat(dropped.items()).isZero();
        assertThat(dropped.more()).as("read again from where the cursor is now").isTrue();
        assertThat(store.cursor()).isEqualTo(3);
        assertThat(ingest.nextPage(10).items()).as("the next page starts after the stored one").isEqualTo(1);
        assertThat(store.cursor()).isEqualTo(4);
    }

    @Test
    void oneInstanceHoldsTheFollowerLeaseAtATime() {
        Optional<FeedStore.FollowerLease> first = store.followerLease();
        assertThat(first).isPresent();
        try (FeedStore.FollowerLease held = first.get()) {
            assertThat(store.followerLease()).as("another instance asking meanwhile").isEmpty();
        }
        Optional<FeedStore.FollowerLease> again = store.followerLease();
        assertThat(again).isPresent();
        again.get().close();
    }
}
