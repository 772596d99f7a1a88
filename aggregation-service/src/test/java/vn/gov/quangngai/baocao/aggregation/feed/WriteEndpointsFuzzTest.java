package vn.gov.quangngai.baocao.aggregation.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.aggregation.client.ReportFeedClient;
import vn.gov.quangngai.baocao.aggregation.repository.FeedStore;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;
import vn.gov.quangngai.baocao.support.testing.WriteFuzzer;

/**
 * Generated bodies, headers and query strings against aggregation-service's write endpoints (take
 * a snapshot, the nudge): never a 5xx, never slower than 10 s, refusals as problem+json, both
 * endpoints reached on their accepting and their refusing side, and exactly one snapshot stored
 * for each one acknowledged (none for a refusal). The nudge stores nothing (in these tests the
 * follower is switched off), so only its answers are checked.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class WriteEndpointsFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 600);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
    private static final TestTokens TOKENS = TestTokens.forService("aggregation-service");
    private static final String BOB = TOKENS.person("bob", "SNV", "Sở Nội vụ", "reviewer");
    private static final String NOTIFIER = TOKENS.person("service-account-report-service", null, null, "report-notifier");

    @Inject
    FeedIngest ingest;

    @Inject
    FeedStore store;

    @Test
    void generatedRequestsToEveryWriteEndpointNeverFailTheServiceAndARefusalTakesNoSnapshot() throws Exception {
        FakeReportService reportService = new FakeReportService();
        QuarkusMock.installMockForType(reportService, ReportFeedClient.class);
        QuarkusTransaction.requiringNew().run(() -> store.advanceCursor(0, OffsetDateTime.now()));
        String round = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        reportService.openRound(round, OffsetDateTime.parse("2021-11-15T23:59:59+07:00"), Map.of("BDT", "Ban Dân tộc"));
        reportService.submit(round, "BDT", 1, false, false, Map.of("II.6.models", 1), Map.of("II.6", "Ban Dân tộc đăng ký 01 mô hình."));
        int pages = 1;
        while (ingest.nextPage(100).more()) {
            assertThat(++pages).as("pages of 100 read to take in a feed of two items").isLessThanOrEqualTo(2);
        }
        String snapshots = "/api/v1/rounds/" + round + "/snapshots";
        List<WriteFuzzer.Target> targets = List.of(
                new WriteFuzzer.Target("take snapshot", "POST", snapshots, () -> BOB, List.of("{}", "{\"basis\": \"accepted\"}"), List.of("application/json"),
                        () -> String.valueOf(snapshotCount(snapshots)), () -> { }),
                new WriteFuzzer.Target("nudge", "POST", "/api/v1/feed/nudge", () -> NOTIFIER, List.of("{}"), List.of("application/json"), null, () -> { }));
        int snapshotsBefore = snapshotCount(snapshots);

        WriteFuzzer.Result result = new WriteFuzzer("http://localhost:" + RestAssured.port).run(targets, CASES, SEED);

        String seed = " (seed " + SEED + ", -Dfuzz.seed to repeat)";
        assertThat(result.failures()).as("5xx, hangs, refusals not shaped as problems, or refusals that took a snapshot" + seed).isEmpty();
        assertThat(result.oneSided()).as("endpoints the generated requests never got past, or never got refused by" + seed).isEmpty();
        Map<Integer, Integer> taken = result.byTarget().get("take snapshot");
        assertThat(taken.keySet()).as("statuses of take snapshot" + seed).allMatch(status -> status == 201 || status >= 400 && status < 500);
        assertThat(result.byTarget().get("nudge").keySet()).as("statuses of the nudge" + seed).allMatch(status -> status == 202 || status >= 400 && status < 500);
        assertThat(snapshotCount(snapshots) - snapshotsBefore).as("snapshots stored, against those acknowledged with 201" + seed)
                .isEqualTo(taken.getOrDefault(201, 0));
    }

    private static int snapshotCount(String snapshots) {
        return given().auth().oauth2(BOB).when().get(snapshots).then().statusCode(200).extract().path("total");
    }
}
