package vn.gov.quangngai.baocao.console.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.Agency;
import vn.gov.quangngai.baocao.console.client.model.AuditEvent;
import vn.gov.quangngai.baocao.console.client.model.BuiltInTemplate;
import vn.gov.quangngai.baocao.console.client.model.IndicatorValue;
import vn.gov.quangngai.baocao.console.client.model.ReportDiff;
import vn.gov.quangngai.baocao.console.client.model.ReportRow;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.client.model.SectionText;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.client.model.Version;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** The console's reads of report-service, answered with the bodies report-service publishes as its real answers. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "bob", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "preferred_username", value = "bob"))
class ReportServiceApiTest {

    private static final String API = ServicesStub.REPORTS + "/api/v1";
    private static final String ROUND = "DVCQ-2021-VD";
    private static final String BDT = API + "/rounds/" + ROUND + "/reports/BDT";

    @ServicesStub.Server
    WireMockServer services;

    @Inject
    ReportServiceClient reports;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    void aRoundIsReadWithItsTemplateAndCountsAsThePersonAndInVietnamese() {
        stub(API + "/rounds/" + ROUND, "getRound");
        JsonNode recorded = PublishedExamples.example("report-service", "getRound");

        Round round = reports.round(ROUND);

        assertThat(round.code()).isEqualTo(ROUND);
        assertThat(round.request()).isEqualTo(new Round.RequestLetter("2454/SNV-XDCQ", LocalDate.of(2021, 10, 29), "Sở Nội vụ tỉnh Quảng Ngãi"));
        assertThat(round.period()).isEqualTo(new Round.Period("YEAR", 2021, null));
        assertThat(round.deadline()).isEqualTo(OffsetDateTime.parse("2021-11-15T23:59:59+07:00"));
        assertThat(round.open()).isTrue();
        assertThat(round.agencies()).containsExactly("BDT", "STC", "MINHLONG");
        assertThat(round.templateCode()).isEqualTo("DVCQ-NAM");
        assertThat(round.template().sections()).hasSize(12);
        assertThat(round.template().indicator("II.1.elder_info_classes")).get()
                .extracting(Template.Indicator::unit, Template.Indicator::type, Template.Indicator::aggregation)
                .containsExactly("lớp", "INTEGER", "SUM");
        assertThat(round.createdAt()).isEqualTo(OffsetDateTime.parse(recorded.path("createdAt").asText()));
        assertThat(round.closedAt()).isNull();
        assertThat(round.counts()).isEqualTo(new Round.Counts(3, 1, 1, 1, 0, 0, 0, 1));
        // a reviewer's view of the round carries no own report
        assertThat(round.report()).isNull();
        services.verify(getRequestedFor(urlPathEqualTo(API + "/rounds/" + ROUND))
                .withHeader("Accept-Language", equalTo("vi"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void theBoardsRowsAreReadInTheLargestPages() {
        stub(API + "/rounds/" + ROUND + "/reports", "listReports");
        JsonNode recorded = PublishedExamples.example("report-service", "listReports");

        List<ReportRow> rows = reports.rows(ROUND);

        assertThat(rows).extracting(ReportRow::agency, ReportRow::agencyName, ReportRow::status, ReportRow::version, ReportRow::late)
                .containsExactly(
                        tuple("BDT", "Ban Dân tộc", "SUBMITTED", 2, true),
                        tuple("STC", "Sở Tài chính", "DRAFT", 0, false),
                        tuple("MINHLONG", "UBND huyện Minh Long", "NOT_STARTED", 0, false));
        assertThat(rows.get(0).submittedAt()).isEqualTo(OffsetDateTime.parse(recorded.at("/items/0/submittedAt").asText()));
        assertThat(rows.get(0).firstSubmittedAt()).isEqualTo(OffsetDateTime.parse(recorded.at("/items/0/firstSubmittedAt").asText()));
        assertThat(rows.get(1).submittedAt()).isNull();
        assertThat(rows.get(1).missing()).isTrue();
        services.verify(1, getRequestedFor(urlPathEqualTo(API + "/rounds/" + ROUND + "/reports"))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("500")));
    }

    @Test
    void aReportIsReadWithTheETagAReviewSendsBack() {
        services.stubFor(get(urlPathEqualTo(BDT)).willReturn(okJson(PublishedExamples.reportService("getReport")).withHeader("ETag", "\"7-2\"")));

        Tagged tagged = reports.report(ROUND, "BDT");

        assertThat(tagged.etag()).isEqualTo("\"7-2\"");
        assertThat(tagged.report().status()).isEqualTo("SUBMITTED");
        assertThat(tagged.report().version()).isEqualTo(2);
        assertThat(tagged.report().nil()).isFalse();
        assertThat(tagged.report().document().signer().delegation()).isEqualTo("KT. TRƯỞNG BAN");
        assertThat(tagged.report().document().recipients()).containsExactly("Sở Nội vụ", "Lưu: VT, VP");
        assertThat(tagged.report().sections()).containsExactly(new SectionText("II.6", "Ban Dân tộc đăng ký 01 mô hình \"Dân vận khéo\"."));
        assertThat(tagged.report().returnReason()).isNull();
    }

    @Test
    void aVersionIsReadWithWhoSubmittedItAndItsFigures() {
        stub(BDT + "/versions/1", "getReportVersion");

        Version version = reports.version(ROUND, "BDT", 1);

        assertThat(version.submittedBy().username()).isEqualTo("alice");
        assertThat(version.late()).isTrue();
        assertThat(version.document().number()).isEqualTo("125/BC-BDT");
        assertThat(version.document().date()).isEqualTo("2021-11-12");
        assertThat(version.indicators()).extracting(IndicatorValue::code).startsWith("II.1.elder_info_classes", "II.1.support_money");
        assertThat(version.indicators().get(1).value().asLong()).isEqualTo(9_000_000_000L);
        assertThat(version.nilReport()).isFalse();
    }

    @Test
    void theAuditTrailIsReadWithActorsAndTheReturnReason() {
        stub(BDT + "/events", "listReportEvents");

        List<AuditEvent> events = reports.events(ROUND, "BDT");

        assertThat(events).extracting(AuditEvent::action).containsExactly("DRAFT_SAVED", "SUBMITTED", "RETURNED", "DRAFT_SAVED", "SUBMITTED");
        AuditEvent returned = events.get(2);
        assertThat(returned.actor().username()).isEqualTo("bob");
        assertThat(returned.fromStatus()).isEqualTo("SUBMITTED");
        assertThat(returned.toStatus()).isEqualTo("RETURNED");
        assertThat(returned.version()).isEqualTo(1);
        assertThat(returned.reason()).isEqualTo("Đề nghị bổ sung số liệu tiếp công dân định kỳ và đột xuất.");
        assertThat(events.get(0).reason()).isNull();
    }

    @Test
    void aDiffIsReadWithItsEndsSectionsAndFigures() {
        stub(BDT + "/diff", "diffReport");

        ReportDiff diff = reports.diff(ROUND, "BDT", 1, 2);

        assertThat(diff.from().version()).isEqualTo(1);
        assertThat(diff.to().version()).isEqualTo(2);
        assertThat(diff.to().draft()).isFalse();
        assertThat(diff.sections()).singleElement().satisfies(section -> {
            assertThat(section.changed()).isFalse();
            assertThat(section.words()).extracting(ReportDiff.Word::op).containsExactly("EQUAL");
        });
        assertThat(diff.indicators()).filteredOn(ReportDiff.IndicatorChange::changed).singleElement().satisfies(figure -> {
            assertThat(figure.code()).isEqualTo("II.3.receptions_periodic");
            assertThat(figure.from().asInt()).isZero();
            assertThat(figure.to().asInt()).isEqualTo(4);
        });
        assertThat(diff.document()).isEmpty();
        assertThat(diff.nilReport()).isEqualTo(new ReportDiff.NilChange(false, false));
        services.verify(getRequestedFor(urlPathEqualTo(BDT + "/diff")).withQueryParam("from", equalTo("1")).withQueryParam("to", equalTo("2")));
    }

    @Test
    void theRegistryIsReadAsOfADayAndAnAgencyWithItsHistory() {
        // the recorded page holds 3 of 32 agencies: the client asks for the next page, here one that came back empty
        ObjectNode firstPage = (ObjectNode) PublishedExamples.example("report-service", "listAgencies");
        ObjectNode emptyPage = firstPage.deepCopy().put("page", 1);
        emptyPage.putArray("items");
        services.stubFor(get(urlPathEqualTo(API + "/agencies")).withQueryParam("page", equalTo("0")).willReturn(okJson(firstPage.toString())));
        services.stubFor(get(urlPathEqualTo(API + "/agencies")).withQueryParam("page", equalTo("1")).willReturn(okJson(emptyPage.toString())));
        stub(API + "/agencies/SDTTG", "getAgency");

        List<Agency> agencies = reports.agencies(LocalDate.of(2025, 1, 1));
        Agency merged = reports.agency("SDTTG");

        assertThat(agencies).extracting(Agency::code).containsExactly("SNV", "STC", "SKHDT");
        Agency planning = agencies.stream().filter(a -> a.code().equals("SKHDT")).findFirst().orElseThrow();
        assertThat(planning.validTo()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(planning.successors()).containsExactly("STC");
        assertThat(merged.predecessors()).containsExactly("BDT");
        assertThat(merged.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(merged.periods()).singleElement()
                .isEqualTo(new Agency.Period(LocalDate.of(2025, 3, 1), null, "Sở Dân tộc và Tôn giáo", "SO", null));
        services.verify(getRequestedFor(urlPathEqualTo(API + "/agencies"))
                .withQueryParam("asOf", equalTo("2025-01-01")).withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("500")));
        services.verify(getRequestedFor(urlPathEqualTo(API + "/agencies")).withQueryParam("page", equalTo("1")));
    }

    @Test
    void theBuiltInTemplatesAreListed() {
        stub(API + "/templates", "listTemplates");

        assertThat(reports.templates()).extracting(BuiltInTemplate::code).containsExactly("DVCQ-NAM");
        assertThat(reports.templates().get(0).title()).startsWith("Báo cáo kết quả thực hiện công tác dân vận chính quyền");
    }

    @Test
    void aProblemAnswerBecomesAnApiExceptionWithItsCode() {
        services.stubFor(get(urlPathEqualTo(API + "/rounds/NOPE")).willReturn(problem(404, "ROUND_NOT_FOUND")));

        assertThatThrownBy(() -> reports.round("NOPE")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.part()).isEqualTo(ServicePart.REPORTS);
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo("ROUND_NOT_FOUND");
        });
    }

    @Test
    void anUnavailableAnswerKeepsItsStatusAndCode() {
        services.stubFor(get(urlPathEqualTo(API + "/rounds/" + ROUND)).willReturn(problem(503, "SERVICE_UNAVAILABLE")));

        assertThatThrownBy(() -> reports.round(ROUND)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("SERVICE_UNAVAILABLE");
        });
    }

    private void stub(String path, String operationId) {
        services.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(PublishedExamples.reportService(operationId))));
    }

    static ResponseDefinitionBuilder problem(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"urn:baocao:problem:" + code.toLowerCase().replace('_', '-') + "\", \"title\": \"" + code + "\","
                        + " \"status\": " + status + ", \"detail\": \"" + code + "\", \"code\": \"" + code + "\"}");
    }
}
