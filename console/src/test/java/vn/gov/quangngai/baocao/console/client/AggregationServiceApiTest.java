package vn.gov.quangngai.baocao.console.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.Snapshot;
import vn.gov.quangngai.baocao.console.client.model.Summary;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** The console's reads of aggregation-service, answered with the bodies aggregation-service publishes as its real answers. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "bob", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "preferred_username", value = "bob"))
class AggregationServiceApiTest {

    private static final String ROUND = "DVCQ-2021-VD";
    private static final String API = ServicesStub.SUMMARIES + "/api/v1/rounds/" + ROUND;

    @ServicesStub.Server
    WireMockServer services;

    @Inject
    AggregationServiceClient summaries;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    void theSummaryIsReadWithCompletenessTotalsAndSections() {
        services.stubFor(get(urlPathEqualTo(API + "/summary")).willReturn(okJson(PublishedExamples.aggregationService("getSummary"))));
        JsonNode recorded = PublishedExamples.example("aggregation-service", "getSummary");

        Summary summary = summaries.summary(ROUND, "submitted");

        assertThat(summary.round()).isEqualTo(ROUND);
        assertThat(summary.basis()).isEqualTo("submitted");
        assertThat(summary.generatedAt()).isEqualTo(OffsetDateTime.parse(recorded.path("generatedAt").asText()));
        Summary.Completeness completeness = summary.completeness();
        assertThat(completeness.expected()).isEqualTo(3);
        assertThat(completeness.submitted()).isEqualTo(2);
        assertThat(completeness.accepted()).isEqualTo(1);
        assertThat(completeness.late()).containsExactly(new Summary.AgencyRef("STC", "Sở Tài chính"));
        assertThat(completeness.missing()).containsExactly(new Summary.AgencyRef("MINHLONG", "UBND huyện Minh Long"));
        Summary.IndicatorTotal periodic = summary.indicators().get(0);
        assertThat(periodic.code()).isEqualTo("II.3.receptions_periodic");
        assertThat(periodic.aggregation()).isEqualTo("SUM");
        assertThat(periodic.total().asInt()).isEqualTo(16);
        assertThat(periodic.reportedBy()).isEqualTo(2);
        assertThat(periodic.byAgency()).extracting(Summary.AgencyValue::agency, v -> v.value().asInt(), Summary.AgencyValue::version)
                .containsExactly(tuple("BDT", 4, 2), tuple("STC", 12, 1));
        assertThat(summary.indicators().get(3).byAgency().get(0).value().isBoolean()).isTrue();
        assertThat(summary.sections()).extracting(Summary.SectionCompilation::key).containsExactly("II.3", "II.6");
        assertThat(summary.sections().get(0).contributions().get(1))
                .isEqualTo(new Summary.Contribution("STC", "Sở Tài chính", 1, "Sở Tài chính tổ chức 12 lượt tiếp công dân định kỳ và 03 lượt đột xuất."));
        services.verify(getRequestedFor(urlPathEqualTo(API + "/summary"))
                .withQueryParam("basis", equalTo("submitted"))
                .withHeader("Accept", matching("application/json.*"))
                .withHeader("Accept-Language", equalTo("vi"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void snapshotsAreListedWithWhoTookThem() {
        services.stubFor(get(urlPathEqualTo(API + "/snapshots")).willReturn(okJson(PublishedExamples.aggregationService("listSnapshots"))));
        JsonNode recorded = PublishedExamples.example("aggregation-service", "listSnapshots").at("/items/0");

        List<Snapshot> snapshots = summaries.snapshots(ROUND);

        assertThat(snapshots).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.id()).isEqualTo(recorded.path("id").asText());
            assertThat(snapshot.takenAt()).isEqualTo(OffsetDateTime.parse(recorded.path("takenAt").asText()));
            assertThat(snapshot.takenBy().username()).isEqualTo("bob");
            assertThat(snapshot.basis()).isEqualTo("submitted");
        });
        services.verify(getRequestedFor(urlPathEqualTo(API + "/snapshots"))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo(String.valueOf(AggregationServiceClient.SNAPSHOTS))));
    }

    @Test
    void takingASnapshotKeepsTheHeaderOfTheWholeSnapshotAnswered() {
        // the answer to taking one is the same Snapshot schema as reading one back
        services.stubFor(post(urlPathEqualTo(API + "/snapshots"))
                .willReturn(okJson(PublishedExamples.aggregationService("getSnapshot")).withStatus(201)));
        JsonNode recorded = PublishedExamples.example("aggregation-service", "getSnapshot");

        Snapshot snapshot = summaries.takeSnapshot(ROUND, "accepted");

        assertThat(snapshot.id()).isEqualTo(recorded.path("id").asText());
        assertThat(snapshot.takenBy().name()).isEqualTo("bob (test)");
        services.verify(postRequestedFor(urlPathEqualTo(API + "/snapshots")).withQueryParam("basis", equalTo("accepted")));
    }

    @Test
    void aRoundWithoutASummaryIsAnApiExceptionOfTheSummaries() {
        services.stubFor(get(urlPathEqualTo(API + "/summary")).willReturn(ReportServiceApiTest.problem(404, "ROUND_NOT_FOUND")));

        assertThatThrownBy(() -> summaries.summary(ROUND, "submitted")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.part()).isEqualTo(ServicePart.SUMMARIES);
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo("ROUND_NOT_FOUND");
        });
    }
}
