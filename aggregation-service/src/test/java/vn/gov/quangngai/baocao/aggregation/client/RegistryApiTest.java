package vn.gov.quangngai.baocao.aggregation.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/** The registry's agencies as report-service publishes them, read for their lineage. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = ReportServiceStub.class, restrictToAnnotatedClass = true)
class RegistryApiTest {

    @ReportServiceStub.Server
    WireMockServer reportService;

    @Inject
    @RestClient
    RegistryApi registry;

    @Inject
    AgencyLineage lineage;

    @BeforeEach
    void reset() {
        reportService.resetAll();
        ReportServiceStub.stubToken(reportService);
    }

    @Test
    void anAgencyIsReadWithWhomItTookOverFrom() {
        reportService.stubFor(get(urlPathEqualTo("/api/v1/agencies/SDTTG")).willReturn(okJson(PublishedExamples.reportService("getAgency"))));

        RegistryApi.Agency agency = registry.agency("SDTTG");

        assertThat(agency).isEqualTo(new RegistryApi.Agency("SDTTG", "Sở Dân tộc và Tôn giáo", List.of("BDT"), List.of()));
        reportService.verify(getRequestedFor(urlPathEqualTo("/api/v1/agencies/SDTTG"))
                .withHeader("Authorization", equalTo("Bearer " + ReportServiceStub.TOKEN)));
    }

    @Test
    void theLineageFollowsPredecessorsAsTheRegistryListsThem() {
        // STC took over from SKHDT, which took over from no one: both as the registry's list shows them
        stubAgencyFromList("STC");
        stubAgencyFromList("SKHDT");

        assertThat(lineage.of("STC")).contains(List.of("STC", "SKHDT"));
    }

    @Test
    void anAgencyTheRegistryNeverHadHasNoLineage() {
        reportService.stubFor(get(urlPathEqualTo("/api/v1/agencies/XYZ")).willReturn(problem(404, "AGENCY_NOT_FOUND")));

        assertThat(lineage.of("XYZ")).isEmpty();
    }

    @Test
    void anUnavailableRegistryFailsTheLineageAtOnce() {
        reportService.stubFor(get(urlPathEqualTo("/api/v1/agencies/STC")).willReturn(problem(503, "SERVICE_UNAVAILABLE")));

        assertThatThrownBy(() -> lineage.of("STC")).isInstanceOf(WebApplicationException.class)
                .extracting(e -> ((WebApplicationException) e).getResponse().getStatus()).isEqualTo(503);
        // an answer, even a failing one, is not retried: WebApplicationException aborts the retry
        reportService.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/agencies/STC")));
    }

    private void stubAgencyFromList(String code) {
        for (JsonNode agency : PublishedExamples.example("listAgencies").path("items")) {
            if (agency.path("code").asText().equals(code)) {
                reportService.stubFor(get(urlPathEqualTo("/api/v1/agencies/" + code)).willReturn(okJson(agency.toString())));
                return;
            }
        }
        throw new IllegalArgumentException(code + " is not in the registry's published list");
    }

    private static ResponseDefinitionBuilder problem(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"urn:baocao:problem:" + code.toLowerCase().replace('_', '-') + "\", \"title\": \"" + code + "\","
                        + " \"status\": " + status + ", \"code\": \"" + code + "\"}");
    }
}
