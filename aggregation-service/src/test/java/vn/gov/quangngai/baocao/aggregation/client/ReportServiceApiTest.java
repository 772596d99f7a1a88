package vn.gov.quangngai.baocao.aggregation.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/** The feed's reads of report-service, answered with the bodies report-service publishes as its real answers. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = ReportServiceStub.class, restrictToAnnotatedClass = true)
class ReportServiceApiTest {

    private static final String ROUND = "DVCQ-2021-VD";
    private static final String BEARER = "Bearer " + ReportServiceStub.TOKEN;

    @ReportServiceStub.Server
    WireMockServer reportService;

    @Inject
    @RestClient
    ReportServiceApi api;

    @Inject
    ReportFeedClient feed;

    @BeforeEach
    void reset() {
        reportService.resetAll();
        ReportServiceStub.stubToken(reportService);
    }

    @Test
    void changesAreReadAfterTheCursorWithTheServiceToken() {
        reportService.stubFor(get(urlPathEqualTo("/api/v1/changes")).willReturn(okJson(PublishedExamples.reportService("listChanges"))));
        JsonNode recorded = PublishedExamples.example("listChanges");

        FeedDtos.ChangePage page = api.changes(11, 200);

        assertThat(page.items()).extracting(FeedDtos.Change::seq).containsExactly(12L, 13L, 14L, 15L);
        assertThat(page.next()).isEqualTo(15);
        FeedDtos.Change opened = page.items().get(0);
        assertThat(opened.round()).isEqualTo(ROUND);
        assertThat(opened.status()).isEqualTo("ROUND_OPENED");
        // a round's own change names no agency and no version: absent in the answer, null here
        assertThat(opened.agency()).isNull();
        assertThat(opened.version()).isNull();
        assertThat(opened.at()).isEqualTo(OffsetDateTime.parse(recorded.at("/items/0/at").asText()));
        assertThat(page.items().get(1)).extracting(FeedDtos.Change::agency, FeedDtos.Change::version, FeedDtos.Change::status)
                .containsExactly("BDT", 1, "SUBMITTED");
        reportService.verify(getRequestedFor(urlPathEqualTo("/api/v1/changes"))
                .withQueryParam("after", equalTo("11"))
                .withQueryParam("limit", equalTo("200"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void aRoundIsReadWithItsRequestPeriodDeadlineAgenciesAndTemplate() {
        reportService.stubFor(get(urlPathEqualTo("/api/v1/rounds/" + ROUND)).willReturn(okJson(PublishedExamples.reportService("getRound"))));

        FeedDtos.Round round = api.round(ROUND);

        assertThat(round.code()).isEqualTo(ROUND);
        assertThat(round.title()).startsWith("Báo cáo kết quả công tác dân vận chính quyền năm 2021");
        assertThat(round.request()).isEqualTo(new FeedDtos.Request("2454/SNV-XDCQ", LocalDate.of(2021, 10, 29), "Sở Nội vụ tỉnh Quảng Ngãi"));
        // a year has no index: absent in the answer, null here
        assertThat(round.period()).isEqualTo(new FeedDtos.Period("YEAR", 2021, null));
        assertThat(round.deadline()).isEqualTo(OffsetDateTime.parse("2021-11-15T23:59:59+07:00"));
        assertThat(round.status()).isEqualTo("OPEN");
        assertThat(round.agencies()).containsExactly("BDT", "STC", "MINHLONG");
        assertThat(round.template().path("sections")).hasSize(12);
        assertThat(round.template().at("/sections/1/indicators/0/code").asText()).isEqualTo("II.1.elder_info_classes");
    }

    @Test
    void theRoundsReportRowsAreReadPageByPage() {
        reportService.stubFor(get(urlPathEqualTo("/api/v1/rounds/" + ROUND + "/reports")).willReturn(okJson(PublishedExamples.reportService("listReports"))));

        List<FeedDtos.ReportRow> rows = feed.reports(ROUND);

        assertThat(rows).containsExactly(
                new FeedDtos.ReportRow("BDT", "Ban Dân tộc", "SUBMITTED", 2),
                new FeedDtos.ReportRow("STC", "Sở Tài chính", "DRAFT", 0),
                new FeedDtos.ReportRow("MINHLONG", "UBND huyện Minh Long", "NOT_STARTED", 0));
        reportService.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/rounds/" + ROUND + "/reports"))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("500"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void aVersionIsReadWithItsSectionsFiguresAndDocument() {
        String path = "/api/v1/rounds/" + ROUND + "/reports/BDT/versions/1";
        reportService.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(PublishedExamples.reportService("getReportVersion"))));
        JsonNode recorded = PublishedExamples.example("getReportVersion");

        FeedDtos.Version version = api.version(ROUND, "BDT", 1);

        assertThat(version.round()).isEqualTo(ROUND);
        assertThat(version.agency()).isEqualTo("BDT");
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.submittedAt()).isEqualTo(OffsetDateTime.parse(recorded.path("submittedAt").asText()));
        assertThat(version.late()).isTrue();
        assertThat(version.nilReport()).isFalse();
        assertThat(version.sections()).containsExactly(new FeedDtos.Section("II.6", "Ban Dân tộc đăng ký 01 mô hình \"Dân vận khéo\"."));
        assertThat(version.indicators()).extracting(FeedDtos.IndicatorValue::code)
                .containsExactly("II.1.elder_info_classes", "II.1.support_money", "II.2.procedures_total", "II.3.receptions_periodic",
                        "II.3.receptions_adhoc", "II.6.models", "II.6.has_model");
        // money beyond int range and booleans keep their JSON type
        assertThat(version.indicators().get(1).value().asLong()).isEqualTo(9_000_000_000L);
        assertThat(version.indicators().get(6).value().isBoolean()).isTrue();
        assertThat(version.document().path("number").asText()).isEqualTo("125/BC-BDT");
        reportService.verify(getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void anUnavailableReportServiceIsRetriedThenTheReadFails() {
        reportService.stubFor(get(urlPathEqualTo("/api/v1/changes")).willReturn(WireMock.aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"urn:baocao:problem:service-unavailable\", \"title\": \"Service unavailable\", \"status\": 503,"
                        + " \"code\": \"SERVICE_UNAVAILABLE\"}")));

        // the follower keeps its cursor when the read throws: nothing is skipped
        assertThatThrownBy(() -> feed.changes(11, 200)).isInstanceOf(WebApplicationException.class)
                .extracting(e -> ((WebApplicationException) e).getResponse().getStatus()).isEqualTo(503);
        reportService.verify(4, getRequestedFor(urlPathEqualTo("/api/v1/changes")));
    }
}
